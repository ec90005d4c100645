package org.opencounter.clients.kyc;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The thresholds of the professional-investor tests: individuals need financial assets of at least 5 million or an
 * average annual income of at least 500,000 over 3 years, plus 2 years of investment experience; other institutions
 * need net assets of at least 20 million, financial assets of at least 10 million and 2 years of experience.
 * The licensed categories (institutions, their products, pensions, QFII) qualify by what they are.
 */
public final class ProfessionalInvestorCriteria {

    static final BigDecimal INDIVIDUAL_FINANCIAL_ASSETS = new BigDecimal("5000000");
    static final BigDecimal INDIVIDUAL_AVERAGE_INCOME = new BigDecimal("500000");
    static final BigDecimal INSTITUTION_NET_ASSETS = new BigDecimal("20000000");
    static final BigDecimal INSTITUTION_FINANCIAL_ASSETS = new BigDecimal("10000000");
    static final int YEARS_OF_EXPERIENCE = 2;

    private ProfessionalInvestorCriteria() {
    }

    /** The facts the tests look at; institutions' net assets are ignored for individuals and vice versa. */
    public record Facts(boolean institution, BigDecimal financialAssets, BigDecimal averageIncome,
                        BigDecimal netAssets, int yearsOfExperience) {
    }

    /** The message key of the failed condition, or empty when the client may be classed in the category. */
    public static Optional<String> failure(ProfessionalCategory category, Facts facts) {
        if (category.institutional() != facts.institution()) {
            return Optional.of("clients.kyc.professional.wrongKind");
        }
        return switch (category) {
            case FINANCIAL_INSTITUTION, FINANCIAL_PRODUCT, PENSION_OR_QFII -> Optional.empty();
            case QUALIFIED_INSTITUTION -> {
                if (facts.netAssets().compareTo(INSTITUTION_NET_ASSETS) < 0
                        || facts.financialAssets().compareTo(INSTITUTION_FINANCIAL_ASSETS) < 0) {
                    yield Optional.of("clients.kyc.professional.institutionAssets");
                }
                yield experience(facts);
            }
            case QUALIFIED_INDIVIDUAL -> {
                if (facts.financialAssets().compareTo(INDIVIDUAL_FINANCIAL_ASSETS) < 0
                        && facts.averageIncome().compareTo(INDIVIDUAL_AVERAGE_INCOME) < 0) {
                    yield Optional.of("clients.kyc.professional.individualAssets");
                }
                yield experience(facts);
            }
        };
    }

    private static Optional<String> experience(Facts facts) {
        return facts.yearsOfExperience() >= YEARS_OF_EXPERIENCE ? Optional.empty()
                : Optional.of("clients.kyc.professional.experience");
    }
}
