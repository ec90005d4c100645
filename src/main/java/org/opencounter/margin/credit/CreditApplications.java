package org.opencounter.margin.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opencounter.clients.ClientProfile;
import org.opencounter.clients.ClientProfiles;
import org.opencounter.clients.InvestorStanding;
import org.opencounter.clients.InvestorStandings;
import org.opencounter.margin.MarginRefused;
import org.opencounter.platform.ApprovalSubmission;
import org.opencounter.platform.Approvals;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.wealth.RiskCategory;
import org.opencounter.wealth.RiskTolerance;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit applications (融资融券授信): the client's eligibility from the firm's own records, the credit officer's
 * investigation and recommendation with the internal score and rating, and the risk officer's decision, which opens
 * the margin contract.
 */
@Service
@Transactional
public class CreditApplications {

    static final String ENTITY = "CreditApplication";
    private static final BigDecimal MAXIMUM_RATE_PERCENT = new BigDecimal("24");

    private final ClientProfiles clients;
    private final InvestorStandings standings;
    private final RiskTolerance tolerance;
    private final MarginContracts contracts;
    private final Approvals approvals;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    CreditApplications(ClientProfiles clients, InvestorStandings standings, RiskTolerance tolerance,
                       MarginContracts contracts, Approvals approvals, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.clients = clients;
        this.standings = standings;
        this.tolerance = tolerance;
        this.contracts = contracts;
        this.approvals = approvals;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Where a client stands today for margin credit, before the investigation; the client must be visible. */
    @Transactional(readOnly = true)
    public CreditStanding standing(long clientId) {
        ClientProfile client = clients.visible(clientId);
        InvestorStanding standing = standings.today(clientId);
        RiskCategory category = tolerance.validCategory(clientId).orElse(null);
        long defaults = internalDefaults(clientId);
        List<EligibilityCheck> checks = CreditEligibility.check(new CreditEligibility.Facts(standing.asOf(),
                standing.firstTrade(), standing.averageAssetsShown(), category, defaults, standing.accountActive()));
        return new CreditStanding(client, standing, category, defaults, checks, contracts.live(clientId),
                pending(clientId));
    }

    /**
     * Submits the application for the risk officer's approval once the client is eligible (with the investigation's
     * external defaults and the CSDC's first trade taken in) and the line is within the rating's maximum; the same
     * request twice submits once.
     *
     * @return the application's id
     */
    public long apply(CreditApplicationForm form) {
        Optional<Long> earlier = jdbc.sql("select id from margin_credit_application where request_key = ?")
                .param(form.getRequestKey()).query(Long.class).optional();
        if (earlier.isPresent()) {
            return earlier.get();
        }
        CreditStanding standing = standing(form.getClientId());
        if (standing.contract().isPresent()) {
            throw new MarginRefused(null, "margin.credit.contractExists", standing.contract().get().number());
        }
        if (standing.pending().isPresent()) {
            throw new MarginRefused(null, "margin.credit.alreadyPending");
        }
        Terms terms = terms(form);
        InvestorStanding figures = standing.standing();
        LocalDate firstTrade = earlier(figures.firstTrade(), form.getDeclaredFirstTrade());
        BigDecimal average = figures.averageAssetsShown();
        List<EligibilityCheck> checks = CreditEligibility.check(new CreditEligibility.Facts(figures.asOf(), firstTrade,
                average, standing.category(), standing.internalDefaults() + form.getExternalDefaults(),
                figures.accountActive()));
        List<String> failed = checks.stream().filter(check -> !check.passed())
                .map(check -> check.condition().name()).toList();
        if (!failed.isEmpty()) {
            throw new MarginRefused(null, "margin.credit.notEligible", String.join(", ", failed));
        }
        int score = CreditScore.of(new CreditScore.Findings(figures.asOf(), average, firstTrade,
                form.getAnnualIncome(), form.getTotalAssets(), form.getLiabilities(), form.getExternalDefaults()));
        CreditRating rating = CreditRating.of(score);
        if (!rating.grantsCredit()) {
            throw new MarginRefused("recommendedLine", "margin.credit.ratingTooLow", score, rating.name());
        }
        BigDecimal maximum = rating.maximumLine(average);
        if (form.getRecommendedLine().compareTo(maximum) > 0) {
            throw new MarginRefused("recommendedLine", "margin.credit.lineAboveMaximum", maximum, rating.name());
        }
        String by = CurrentStaff.require().username();
        long id = jdbc.sql("""
                        insert into margin_credit_application (client_id, branch_id, status, assessed_on,
                            average_assets, days_averaged, first_trade_date, risk_category, internal_defaults,
                            annual_income, total_assets, liabilities, external_report, external_defaults,
                            internal_score, rating, recommended_line, financing_rate, lending_rate, term_months,
                            recommendation, submitted_by, submitted_at, request_key)
                        values (?, ?, 'PENDING', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        returning id""")
                .params(form.getClientId(), standing.client().branchId(), Date.valueOf(figures.asOf()), average,
                        figures.daysAveraged(), firstTrade == null ? null : Date.valueOf(firstTrade),
                        standing.category().name(), standing.internalDefaults(), form.getAnnualIncome(),
                        form.getTotalAssets(), form.getLiabilities(), form.getExternalReport().strip(),
                        form.getExternalDefaults(), score, rating.name(), form.getRecommendedLine(), terms.financing(),
                        terms.lending(), form.getTermMonths(), form.getRecommendation().strip(), by,
                        Timestamp.from(clock.instant()), form.getRequestKey())
                .query(Long.class).single();
        long approval = approvals.submit(new ApprovalSubmission(CreditApproval.TYPE,
                standing.client().name() + " " + form.getRecommendedLine().toPlainString() + " (" + rating + ")",
                new CreditApproval.Payload(id), form.getRecommendation().strip(), null, "/margin/applications/" + id));
        jdbc.sql("update margin_credit_application set approval_id = ? where id = ?").params(approval, id).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("clientId", form.getClientId());
        after.put("score", score);
        after.put("rating", rating);
        after.put("recommendedLine", form.getRecommendedLine());
        after.put("termMonths", form.getTermMonths());
        audit.record(AuditRecord.change("margin.credit.apply", ENTITY, id, null, after));
        return id;
    }

    /** Applications the staff member may see (a branch sees its own clients'), newest first. */
    @Transactional(readOnly = true)
    public Page<CreditApplication> page(CreditApplicationStatus status, Pageable page) {
        Long branch = CurrentStaff.require().scopedBranchId();
        String where = " where (cast(? as varchar) is null or status = ?) and (cast(? as bigint) is null or branch_id = ?)";
        String wanted = status == null ? null : status.name();
        List<Object> params = new ArrayList<>(java.util.Arrays.asList(wanted, wanted, branch, branch));
        long total = jdbc.sql("select count(*) from margin_credit_application" + where).params(params)
                .query(Long.class).single();
        params.add(page.getPageSize());
        params.add(page.getOffset());
        List<CreditApplication> rows = jdbc.sql("select " + CreditApplication.COLUMNS + " from margin_credit_application"
                        + where + " order by submitted_at desc, id desc limit ? offset ?")
                .params(params).query(CreditApplication::of).list();
        return new PageImpl<>(rows, page, total);
    }

    /** One application, if its client is visible to the staff member; the look at the client's finances is audited. */
    public CreditApplication visible(long id) {
        CreditApplication application = find(id);
        clients.visible(application.clientId());
        audit.record(AuditRecord.view("margin.credit.view", ENTITY, id));
        return application;
    }

    private CreditApplication find(long id) {
        return jdbc.sql("select " + CreditApplication.COLUMNS + " from margin_credit_application where id = ?")
                .param(id).query(CreditApplication::of).optional().orElseThrow(() -> new CreditNotFound(id));
    }

    private Optional<CreditApplication> pending(long clientId) {
        return jdbc.sql("select " + CreditApplication.COLUMNS + " from margin_credit_application"
                        + " where client_id = ? and status = 'PENDING'")
                .param(clientId).query(CreditApplication::of).optional();
    }

    /** Earlier contracts that ended with debt the collateral did not cover. */
    private long internalDefaults(long clientId) {
        return jdbc.sql("select count(*) from margin_contract where client_id = ? and defaulted")
                .param(clientId).query(Long.class).single();
    }

    /** The contract terms as fractions, after checking every figure of the form. */
    private record Terms(BigDecimal financing, BigDecimal lending) {
    }

    private static Terms terms(CreditApplicationForm form) {
        requireAmount("annualIncome", form.getAnnualIncome(), false);
        requireAmount("totalAssets", form.getTotalAssets(), false);
        requireAmount("liabilities", form.getLiabilities(), false);
        requireAmount("recommendedLine", form.getRecommendedLine(), true);
        if (form.getExternalDefaults() < 0 || form.getExternalDefaults() > 99) {
            throw new MarginRefused("externalDefaults", "margin.credit.defaultsInvalid");
        }
        if (form.getTermMonths() < 1 || form.getTermMonths() > 6) {
            throw new MarginRefused("termMonths", "margin.credit.termInvalid");
        }
        return new Terms(rate("financingRatePercent", form.getFinancingRatePercent()),
                rate("lendingRatePercent", form.getLendingRatePercent()));
    }

    private static void requireAmount(String field, BigDecimal amount, boolean positive) {
        if (amount.signum() < 0 || (positive && amount.signum() == 0) || amount.stripTrailingZeros().scale() > 2
                || amount.precision() - amount.scale() > 18) {
            throw new MarginRefused(field, positive ? "margin.credit.amountPositive" : "margin.credit.amountInvalid");
        }
    }

    private static BigDecimal rate(String field, BigDecimal percent) {
        if (percent.signum() <= 0 || percent.compareTo(MAXIMUM_RATE_PERCENT) > 0
                || percent.stripTrailingZeros().scale() > 2) {
            throw new MarginRefused(field, "margin.credit.rateInvalid", MAXIMUM_RATE_PERCENT);
        }
        return percent.movePointLeft(2).setScale(4, RoundingMode.UNNECESSARY);
    }

    private static LocalDate earlier(LocalDate own, LocalDate declared) {
        return declared != null && (own == null || declared.isBefore(own)) ? declared : own;
    }
}
