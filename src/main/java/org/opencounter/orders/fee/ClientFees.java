package org.opencounter.orders.fee;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.opencounter.market.FeeSchedule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The fee calculator for one client's trades on a day: the schedule in force with the client's commission rate. */
@Service
@Transactional(readOnly = true)
public class ClientFees {

    private final FeeSchedule schedule;
    private final JdbcClient jdbc;

    ClientFees(FeeSchedule schedule, JdbcClient jdbc) {
        this.schedule = schedule;
        this.jdbc = jdbc;
    }

    public TradeFees forClient(long clientId, LocalDate tradeDate) {
        return new TradeFees(schedule.ratesOn(tradeDate), negotiatedRate(clientId));
    }

    /** The client's negotiated commission rate, or null when the client pays the default. */
    public BigDecimal negotiatedRate(long clientId) {
        return jdbc.sql("select rate from orders_commission_rate where client_id = ?").param(clientId)
                .query(BigDecimal.class).optional().orElse(null);
    }

    /** What an order has paid in fees so far, from its trades. */
    public Fees paidBy(long orderId) {
        return jdbc.sql("""
                        select coalesce(sum(commission), 0), coalesce(sum(stamp_duty), 0), coalesce(sum(transfer_fee), 0),
                               coalesce(sum(exchange_fees), 0)
                        from orders_trade where order_id = ?""")
                .param(orderId)
                .query((row, n) -> new Fees(row.getBigDecimal(1).setScale(2), row.getBigDecimal(2).setScale(2),
                        row.getBigDecimal(3).setScale(2), row.getBigDecimal(4).setScale(2)))
                .single();
    }
}
