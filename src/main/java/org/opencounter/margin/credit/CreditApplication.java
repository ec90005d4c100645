package org.opencounter.margin.credit;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.opencounter.wealth.RiskCategory;

/**
 * A credit application as submitted: the eligibility figures of its day, the investigation, the score and rating,
 * and the recommended contract terms; then the risk officer's decision.
 */
public record CreditApplication(long id, long clientId, long branchId, CreditApplicationStatus status,
                                LocalDate assessedOn, BigDecimal averageAssets, int daysAveraged, LocalDate firstTrade,
                                RiskCategory riskCategory, int internalDefaults, BigDecimal annualIncome,
                                BigDecimal totalAssets, BigDecimal liabilities, String externalReport,
                                int externalDefaults, int score, CreditRating rating, BigDecimal recommendedLine,
                                BigDecimal financingRate, BigDecimal lendingRate, int termMonths,
                                String recommendation, String submittedBy, Instant submittedAt, Long approvalId,
                                String decidedBy, Instant decidedAt) {

    static final String COLUMNS = """
            id, client_id, branch_id, status, assessed_on, average_assets, days_averaged, first_trade_date,
            risk_category, internal_defaults, annual_income, total_assets, liabilities, external_report,
            external_defaults, internal_score, rating, recommended_line, financing_rate, lending_rate, term_months,
            recommendation, submitted_by, submitted_at, approval_id, decided_by, decided_at""";

    /** The eligibility checks as they stood when the application was submitted (all passed, or it was refused). */
    public List<EligibilityCheck> checks() {
        return CreditEligibility.check(new CreditEligibility.Facts(assessedOn, firstTrade, averageAssets,
                riskCategory, internalDefaults + (long) externalDefaults, true));
    }

    /** The largest line the rating allowed. */
    public BigDecimal maximumLine() {
        return rating.maximumLine(averageAssets);
    }

    static CreditApplication of(ResultSet row, int n) throws SQLException {
        String category = row.getString("risk_category");
        Timestamp decided = row.getTimestamp("decided_at");
        return new CreditApplication(row.getLong("id"), row.getLong("client_id"), row.getLong("branch_id"),
                CreditApplicationStatus.valueOf(row.getString("status")), row.getDate("assessed_on").toLocalDate(),
                row.getBigDecimal("average_assets"), row.getInt("days_averaged"),
                row.getDate("first_trade_date") == null ? null : row.getDate("first_trade_date").toLocalDate(),
                category == null ? null : RiskCategory.valueOf(category), row.getInt("internal_defaults"),
                row.getBigDecimal("annual_income"), row.getBigDecimal("total_assets"), row.getBigDecimal("liabilities"),
                row.getString("external_report"), row.getInt("external_defaults"), row.getInt("internal_score"),
                CreditRating.valueOf(row.getString("rating")), row.getBigDecimal("recommended_line"),
                row.getBigDecimal("financing_rate"), row.getBigDecimal("lending_rate"), row.getInt("term_months"),
                row.getString("recommendation"), row.getString("submitted_by"),
                row.getTimestamp("submitted_at").toInstant(), row.getObject("approval_id", Long.class),
                row.getString("decided_by"), decided == null ? null : decided.toInstant());
    }
}
