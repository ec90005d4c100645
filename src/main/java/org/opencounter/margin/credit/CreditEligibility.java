package org.opencounter.margin.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.opencounter.wealth.RiskCategory;

/**
 * Who may open a margin contract (exchange minimum, house rules where stricter): trading experience of at least six
 * months counted from the first trade; average daily assets over the last 20 trading days of at least 500,000; a
 * valid risk assessment of at least C4 (margin is an R4 service); no default records; an active account.
 */
public final class CreditEligibility {

    public static final BigDecimal MINIMUM_AVERAGE_ASSETS = new BigDecimal("500000.00");
    public static final int EXPERIENCE_MONTHS = 6;
    public static final RiskCategory MINIMUM_CATEGORY = RiskCategory.C4;
    public static final int AVERAGING_TRADING_DAYS = 20;

    private CreditEligibility() {
    }

    /** What the system knows of the client on the day of the application. */
    public record Facts(LocalDate today, LocalDate firstTradeDay, BigDecimal averageDailyAssets,
                        RiskCategory validCategory, long defaults, boolean accountActive) {
    }

    public static List<EligibilityCheck> check(Facts facts) {
        return List.of(experience(facts), assets(facts), category(facts), defaults(facts), active(facts));
    }

    public static boolean eligible(List<EligibilityCheck> checks) {
        return checks.stream().allMatch(EligibilityCheck::passed);
    }

    private static EligibilityCheck experience(Facts facts) {
        LocalDate first = facts.firstTradeDay();
        boolean passed = first != null && !first.plusMonths(EXPERIENCE_MONTHS).isAfter(facts.today());
        return new EligibilityCheck(EligibilityCheck.Condition.TRADING_EXPERIENCE, passed,
                first, facts.today().minusMonths(EXPERIENCE_MONTHS));
    }

    private static EligibilityCheck assets(Facts facts) {
        return new EligibilityCheck(EligibilityCheck.Condition.AVERAGE_ASSETS,
                facts.averageDailyAssets().compareTo(MINIMUM_AVERAGE_ASSETS) >= 0,
                facts.averageDailyAssets(), MINIMUM_AVERAGE_ASSETS);
    }

    private static EligibilityCheck category(Facts facts) {
        RiskCategory category = facts.validCategory();
        return new EligibilityCheck(EligibilityCheck.Condition.RISK_CATEGORY,
                category != null && category.rank() >= MINIMUM_CATEGORY.rank(),
                category, MINIMUM_CATEGORY);
    }

    private static EligibilityCheck defaults(Facts facts) {
        return new EligibilityCheck(EligibilityCheck.Condition.NO_DEFAULTS, facts.defaults() == 0,
                facts.defaults(), 0L);
    }

    private static EligibilityCheck active(Facts facts) {
        return new EligibilityCheck(EligibilityCheck.Condition.ACCOUNT_ACTIVE, facts.accountActive(),
                facts.accountActive(), true);
    }
}
