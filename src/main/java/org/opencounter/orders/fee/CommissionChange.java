package org.opencounter.orders.fee;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** A proposed change of a client's commission rate (佣金调整) and its decision; rates are fractions, null is the default. */
public record CommissionChange(long id, long clientId, BigDecimal oldRate, BigDecimal newRate, String reason,
                               String status, String proposedBy, Instant proposedAt, String decidedBy,
                               Instant decidedAt) {

    static final String COLUMNS = "id, client_id, old_rate, new_rate, reason, status, proposed_by, proposed_at, "
            + "decided_by, decided_at";

    static CommissionChange of(ResultSet row, int n) throws SQLException {
        Timestamp decided = row.getTimestamp("decided_at");
        return new CommissionChange(row.getLong("id"), row.getLong("client_id"), row.getBigDecimal("old_rate"),
                row.getBigDecimal("new_rate"), row.getString("reason"), row.getString("status"),
                row.getString("proposed_by"), row.getTimestamp("proposed_at").toInstant(), row.getString("decided_by"),
                decided == null ? null : decided.toInstant());
    }
}
