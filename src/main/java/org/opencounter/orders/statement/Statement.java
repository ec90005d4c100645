package org.opencounter.orders.statement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.opencounter.clients.CashStatement;
import org.opencounter.clients.TradingAccount;
import org.opencounter.orders.Side;

/**
 * A client statement (对账单): the cash from opening to closing with every movement, the trades with their fees, and
 * the positions at the close of the last day, valued at that day's closing prices.
 */
public record Statement(StatementPeriod period, TradingAccount client, String branchName, CashStatement cash,
                        List<StatementTrade> trades, LocalDate positionsDate, List<StatementPosition> positions,
                        Instant generatedAt) {

    public BigDecimal marketValue() {
        return sum(positions, StatementPosition::marketValue);
    }

    /** Closing cash plus the positions' market value. */
    public BigDecimal totalAssets() {
        return cash.closing().add(marketValue());
    }

    public BigDecimal bought() {
        return sum(trades.stream().filter(trade -> trade.side() == Side.BUY).toList(), StatementTrade::amount);
    }

    public BigDecimal sold() {
        return sum(trades.stream().filter(trade -> trade.side() == Side.SELL).toList(), StatementTrade::amount);
    }

    /** Commissions with the exchange levies charged on top of them. */
    public BigDecimal commissionAndLevies() {
        return sum(trades, StatementTrade::commissionAndLevies);
    }

    public BigDecimal stampDuty() {
        return sum(trades, StatementTrade::stampDuty);
    }

    public BigDecimal transferFee() {
        return sum(trades, StatementTrade::transferFee);
    }

    public BigDecimal fees() {
        return sum(trades, StatementTrade::fees);
    }

    private static <T> BigDecimal sum(List<T> rows, Function<T, BigDecimal> amount) {
        return rows.stream().map(amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
