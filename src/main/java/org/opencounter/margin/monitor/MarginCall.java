package org.opencounter.margin.monitor;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A margin call on a contract (追加担保物通知): what kind, when it was raised at which ratio, what cash restores
 * 150%, by when (a call: two trading days), and how it stands.
 */
public record MarginCall(long id, long contractId, Kind kind, LocalDate raisedOn, Instant raisedAt, BigDecimal ratio,
                         BigDecimal cashToRestore, LocalDate deadline, Status status, Instant closedAt,
                         BigDecimal closingRatio) {

    /** A warning under 150%, a call under 130%, immediate liquidation under 110%. */
    public enum Kind {
        WARNING, CALL, LIQUIDATION;

        boolean worseThan(Kind other) {
            return ordinal() > other.ordinal();
        }
    }

    /** Open; overdue (a call's deadline passed unmet: liquidation is due); met; superseded by a worse one. */
    public enum Status {
        OPEN, OVERDUE, MET, SUPERSEDED
    }

    static final String COLUMNS = """
            id, contract_id, kind, raised_on, raised_at, ratio, cash_to_restore, deadline, status, closed_at,
            closing_ratio""";

    /** Forced liquidation is due: under 110%, or a call not met by its deadline. */
    public boolean liquidationDue() {
        return status == Status.OVERDUE || (kind == Kind.LIQUIDATION && status == Status.OPEN);
    }

    static MarginCall of(ResultSet row, int n) throws SQLException {
        java.sql.Date deadline = row.getDate("deadline");
        Timestamp closed = row.getTimestamp("closed_at");
        return new MarginCall(row.getLong("id"), row.getLong("contract_id"), Kind.valueOf(row.getString("kind")),
                row.getDate("raised_on").toLocalDate(), row.getTimestamp("raised_at").toInstant(),
                row.getBigDecimal("ratio"), row.getBigDecimal("cash_to_restore"),
                deadline == null ? null : deadline.toLocalDate(), Status.valueOf(row.getString("status")),
                closed == null ? null : closed.toInstant(), row.getBigDecimal("closing_ratio"));
    }
}
