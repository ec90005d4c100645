package org.opencounter.margin.liquidation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** A forced liquidation plan (强制平仓方案) as it stands: what it was worked out on, expects and did. */
public record Liquidation(long id, long contractId, Long callId, Status status, BigDecimal ratioBefore,
                          BigDecimal targetRatio, BigDecimal assetsBefore, BigDecimal debtsBefore,
                          BigDecimal cashRepayment, BigDecimal salesValue, BigDecimal expectedProceeds,
                          BigDecimal expectedRatio, boolean restoresTarget, String reason, String proposedBy,
                          Instant proposedAt, Long approvalId, String decidedBy, Instant decidedAt,
                          BigDecimal ratioAfter, Instant finishedAt) {

    /** Where a plan is: waiting for the checker, its orders working, finished, or refused by the checker. */
    public enum Status { PROPOSED, EXECUTING, DONE, REJECTED }

    static final String COLUMNS = """
            id, contract_id, call_id, status, ratio_before, target_ratio, assets_before, debts_before, cash_repayment,
            sales_value, expected_proceeds, expected_ratio, restores_target, reason, proposed_by, proposed_at,
            approval_id, decided_by, decided_at, ratio_after, finished_at""";

    public boolean open() {
        return status == Status.PROPOSED || status == Status.EXECUTING;
    }

    static Liquidation of(ResultSet row, int n) throws SQLException {
        return new Liquidation(row.getLong("id"), row.getLong("contract_id"), row.getObject("call_id", Long.class),
                Status.valueOf(row.getString("status")), row.getBigDecimal("ratio_before"),
                row.getBigDecimal("target_ratio"), row.getBigDecimal("assets_before"),
                row.getBigDecimal("debts_before"), row.getBigDecimal("cash_repayment"),
                row.getBigDecimal("sales_value"), row.getBigDecimal("expected_proceeds"),
                row.getBigDecimal("expected_ratio"), row.getBoolean("restores_target"), row.getString("reason"),
                row.getString("proposed_by"), instant(row.getTimestamp("proposed_at")),
                row.getObject("approval_id", Long.class), row.getString("decided_by"),
                instant(row.getTimestamp("decided_at")), row.getBigDecimal("ratio_after"),
                instant(row.getTimestamp("finished_at")));
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
