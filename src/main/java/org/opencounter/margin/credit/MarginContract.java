package org.opencounter.margin.credit;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A margin contract (融资融券合同): its line, rates, term, margin ratio and the client's credit accounts. */
public record MarginContract(long id, String number, long clientId, long branchId, long applicationId,
                             BigDecimal creditLine, BigDecimal financingRate, BigDecimal lendingRate,
                             BigDecimal financingMarginRatio, LocalDate openedOn, LocalDate expiresOn,
                             ContractStatus status, String creditFundAccount, String creditSseAccount,
                             String creditSzseAccount, String approvedBy) {

    static final String COLUMNS = """
            id, contract_number, client_id, branch_id, application_id, credit_line, financing_rate, lending_rate,
            financing_margin_ratio, opened_on, expires_on, status, credit_fund_account, credit_sse_account,
            credit_szse_account, approved_by""";

    /** Calendar days from the day to expiry; negative once past. */
    public long daysToExpiry(LocalDate today) {
        return ChronoUnit.DAYS.between(today, expiresOn);
    }

    public boolean live() {
        return status == ContractStatus.ACTIVE || status == ContractStatus.SUSPENDED;
    }

    static MarginContract of(ResultSet row, int n) throws SQLException {
        return new MarginContract(row.getLong("id"), row.getString("contract_number"), row.getLong("client_id"),
                row.getLong("branch_id"), row.getLong("application_id"), row.getBigDecimal("credit_line"),
                row.getBigDecimal("financing_rate"), row.getBigDecimal("lending_rate"),
                row.getBigDecimal("financing_margin_ratio"), row.getDate("opened_on").toLocalDate(),
                row.getDate("expires_on").toLocalDate(), ContractStatus.valueOf(row.getString("status")),
                row.getString("credit_fund_account"), row.getString("credit_sse_account"),
                row.getString("credit_szse_account"), row.getString("approved_by"));
    }
}
