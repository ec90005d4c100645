package org.opencounter.margin.credit;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/** One change of a margin contract: what it was to change from and to, why, who asked and who decided. */
public record ContractChange(long id, long contractId, ContractChangeKind kind, BigDecimal oldLine,
                             BigDecimal newLine, LocalDate oldExpiry, LocalDate newExpiry, String reason,
                             ContractChangeStatus status, String requestedBy, Instant requestedAt, Long approvalId,
                             String decidedBy, Instant decidedAt) {

    static final String COLUMNS = """
            id, contract_id, kind, old_line, new_line, old_expiry, new_expiry, reason, status, requested_by,
            requested_at, approval_id, decided_by, decided_at""";

    static ContractChange of(ResultSet row, int n) throws SQLException {
        Timestamp decided = row.getTimestamp("decided_at");
        return new ContractChange(row.getLong("id"), row.getLong("contract_id"),
                ContractChangeKind.valueOf(row.getString("kind")), row.getBigDecimal("old_line"),
                row.getBigDecimal("new_line"), day(row, "old_expiry"), day(row, "new_expiry"), row.getString("reason"),
                ContractChangeStatus.valueOf(row.getString("status")), row.getString("requested_by"),
                row.getTimestamp("requested_at").toInstant(), row.getObject("approval_id", Long.class),
                row.getString("decided_by"), decided == null ? null : decided.toInstant());
    }

    private static LocalDate day(ResultSet row, String column) throws SQLException {
        java.sql.Date date = row.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
