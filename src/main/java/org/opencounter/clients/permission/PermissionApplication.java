package org.opencounter.clients.permission;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.opencounter.clients.TradingPermission;

/** An application for a board's permission with the figures the checks saw when the client applied. */
public record PermissionApplication(long id, long clientId, TradingPermission board, BigDecimal averageAssets,
                                    int daysAveraged, LocalDate firstTrade, String status, String appliedBy,
                                    Instant appliedAt, String decidedBy, Instant decidedAt) {

    static final String COLUMNS = "id, client_id, board, average_assets, days_averaged, first_trade_date, status, "
            + "applied_by, applied_at, decided_by, decided_at";

    static PermissionApplication of(ResultSet row, int n) throws SQLException {
        Date first = row.getDate("first_trade_date");
        Timestamp decided = row.getTimestamp("decided_at");
        return new PermissionApplication(row.getLong("id"), row.getLong("client_id"),
                TradingPermission.valueOf(row.getString("board")), row.getBigDecimal("average_assets"),
                row.getInt("days_averaged"), first == null ? null : first.toLocalDate(), row.getString("status"),
                row.getString("applied_by"), row.getTimestamp("applied_at").toInstant(), row.getString("decided_by"),
                decided == null ? null : decided.toInstant());
    }
}
