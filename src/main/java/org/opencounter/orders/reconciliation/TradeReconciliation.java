package org.opencounter.orders.reconciliation;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.opencounter.orders.Side;
import org.opencounter.orders.exchange.ExchangeTrade;
import org.opencounter.orders.exchange.ExchangeTradeFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reconciles a trade date (成交对账): the exchange's trade file against the trades the counter booked, firm-wide.
 * It reads and compares; it changes nothing, so it may run as often as wanted, before or after settlement.
 */
@Service
@Transactional(readOnly = true, noRollbackFor = ReconciliationUnavailable.class)
public class TradeReconciliation {

    private final ExchangeTradeFile files;
    private final JdbcClient jdbc;

    TradeReconciliation(ExchangeTradeFile files, JdbcClient jdbc) {
        this.files = files;
        this.jdbc = jdbc;
    }

    /**
     * @throws ReconciliationUnavailable when the day has no trade file or a row of it does not read
     */
    public Reconciliation reconcile(LocalDate tradeDate) {
        List<ExchangeTrade> exchange;
        try {
            exchange = files.read(tradeDate).orElseThrow(() -> new ReconciliationUnavailable(
                    "orders.reconciliation.noFile", tradeDate, files.path(tradeDate).getFileName().toString()));
        } catch (ExchangeTradeFile.MalformedTradeFile malformed) {
            throw new ReconciliationUnavailable("orders.reconciliation.malformed", tradeDate, malformed.getMessage());
        }
        return TradeMatching.match(tradeDate, exchange, booked(tradeDate));
    }

    /** The latest trade date that has booked trades, up to the given day. */
    public Optional<LocalDate> latestTradeDate(LocalDate upTo) {
        return jdbc.sql("select max(trade_date) from orders_trade where trade_date <= ?").param(Date.valueOf(upTo))
                .query((row, n) -> Optional.ofNullable(row.getDate(1)).map(Date::toLocalDate)).single();
    }

    private List<BookedTrade> booked(LocalDate tradeDate) {
        return jdbc.sql("""
                        select t.exec_id, o.client_order_id, t.code, t.side, t.quantity, t.price
                        from orders_trade t join orders_order o on o.id = t.order_id
                        where t.trade_date = ? order by t.id""")
                .param(Date.valueOf(tradeDate))
                .query((row, n) -> new BookedTrade(row.getString(1), row.getString(2), row.getString(3),
                        Side.valueOf(row.getString(4)), row.getLong(5), row.getBigDecimal(6)))
                .list();
    }
}
