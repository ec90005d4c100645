package org.opencounter.margin.trading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The securities in credit accounts, kept as the ordinary positions are: shares in open sells are frozen, shares
 * bought today sell from the next trading day (T+1), and cost follows the moving-average method.
 */
@Component
class CreditPositions {

    /** One credit position. */
    record Held(long quantity, long frozen, long boughtToday, BigDecimal cost) {

        static final Held NONE = new Held(0, 0, 0, BigDecimal.ZERO);

        long sellable() {
            return quantity - frozen - boughtToday;
        }

        /** The cost some of the shares carry by the moving average; all of them carry all of it. */
        BigDecimal costOf(long shares) {
            return quantity == shares ? cost
                    : cost.multiply(BigDecimal.valueOf(shares)).divide(BigDecimal.valueOf(quantity), 4,
                            RoundingMode.HALF_UP);
        }
    }

    private final JdbcClient jdbc;

    CreditPositions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Held held(long contractId, String code) {
        return find(contractId, code, "").orElse(Held.NONE);
    }

    /** Freezes shares for a sell; refuses when fewer are sellable, which the shares check has ruled out before. */
    @Transactional(propagation = Propagation.MANDATORY)
    void freeze(long contractId, String code, long shares) {
        int frozen = jdbc.sql("""
                        update margin_credit_position set frozen = frozen + ?, version = version + 1
                        where contract_id = ? and code = ? and quantity - frozen - bought_today >= ?""")
                .params(shares, contractId, code, shares).update();
        if (frozen == 0) {
            throw new IllegalStateException("Contract " + contractId + " cannot freeze " + shares + " of " + code);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void unfreeze(long contractId, String code, long shares) {
        jdbc.sql("""
                        update margin_credit_position set frozen = frozen - least(?, frozen), version = version + 1
                        where contract_id = ? and code = ?""")
                .params(shares, contractId, code).update();
    }

    /** Adds bought shares at their whole cost (value and fees). */
    @Transactional(propagation = Propagation.MANDATORY)
    void buy(long contractId, String code, long shares, BigDecimal cost, boolean tPlusZero) {
        jdbc.sql("""
                        insert into margin_credit_position (contract_id, code, quantity, cost, bought_today)
                        values (?, ?, ?, ?, ?)
                        on conflict (contract_id, code) do update set quantity = margin_credit_position.quantity
                            + excluded.quantity, cost = margin_credit_position.cost + excluded.cost,
                            bought_today = margin_credit_position.bought_today + excluded.bought_today,
                            version = margin_credit_position.version + 1""")
                .params(contractId, code, shares, cost, tPlusZero ? 0 : shares).update();
    }

    /**
     * Takes sellable shares out of the position other than by a sale (returned to a lending debt, or moved to the
     * ordinary account); answers the cost they carried.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    BigDecimal takeOut(long contractId, String code, long shares) {
        Held held = find(contractId, code, " for update").orElse(Held.NONE);
        if (shares > held.sellable()) {
            throw new IllegalStateException("Contract " + contractId + " cannot take out " + shares + " of " + code);
        }
        BigDecimal cost = held.costOf(shares);
        jdbc.sql("""
                        update margin_credit_position set quantity = quantity - ?, cost = cost - ?,
                            version = version + 1
                        where contract_id = ? and code = ?""")
                .params(shares, cost, contractId, code).update();
        return cost;
    }

    /** Takes sold shares out of the frozen part; answers the average cost they carried. */
    @Transactional(propagation = Propagation.MANDATORY)
    BigDecimal sell(long contractId, String code, long shares) {
        Held held = find(contractId, code, " for update").orElseThrow(() ->
                new IllegalStateException("Contract " + contractId + " holds no " + code));
        if (shares > held.frozen()) {
            throw new IllegalStateException("Contract " + contractId + " sells " + shares + " of " + code
                    + " with " + held.frozen() + " frozen");
        }
        BigDecimal soldCost = held.costOf(shares);
        jdbc.sql("""
                        update margin_credit_position set quantity = quantity - ?, frozen = frozen - ?,
                            cost = cost - ?, version = version + 1
                        where contract_id = ? and code = ?""")
                .params(shares, shares, soldCost, contractId, code).update();
        return soldCost;
    }

    /** After a trading day settles, what was bought that day may be sold. */
    @Transactional(propagation = Propagation.MANDATORY)
    int settle() {
        return jdbc.sql("update margin_credit_position set bought_today = 0, version = version + 1"
                + " where bought_today > 0").update();
    }

    private Optional<Held> find(long contractId, String code, String lock) {
        return jdbc.sql("select quantity, frozen, bought_today, cost from margin_credit_position"
                        + " where contract_id = ? and code = ?" + lock)
                .params(contractId, code)
                .query((row, n) -> new Held(row.getLong(1), row.getLong(2), row.getLong(3), row.getBigDecimal(4)))
                .optional();
    }
}
