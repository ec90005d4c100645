package org.opencounter.orders;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.opencounter.orders.fee.ClientFees;
import org.opencounter.orders.order.TradingSession;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For modules that place orders on a client's behalf (margin's forced liquidation): how their orders are getting on,
 * and what an order would cost the client in fees today.
 */
@Service
@Transactional(readOnly = true)
public class OrderTracking {

    private final JdbcClient jdbc;
    private final ClientFees fees;
    private final TradingSession session;

    OrderTracking(JdbcClient jdbc, ClientFees fees, TradingSession session) {
        this.jdbc = jdbc;
        this.fees = fees;
        this.session = session;
    }

    public Map<Long, OrderProgress> progress(Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select id, client_order_id, status, quantity, filled_quantity, filled_amount, rejection_code
                        from orders_order where id = any(?)""")
                .param(orderIds.toArray(Long[]::new))
                .query((row, n) -> new OrderProgress(row.getLong("id"), row.getString("client_order_id"),
                        OrderStatus.valueOf(row.getString("status")), row.getLong("quantity"),
                        row.getLong("filled_quantity"), row.getBigDecimal("filled_amount"),
                        row.getString("rejection_code")))
                .list().stream().collect(Collectors.toMap(OrderProgress::orderId, Function.identity()));
    }

    /** The fees the client would pay today on a buy or a sale of this value, at the client's commission rate. */
    public BigDecimal fees(long clientId, Side side, BigDecimal value) {
        return fees.forClient(clientId, session.tradeDate()).ofOrder(side, value).total();
    }
}
