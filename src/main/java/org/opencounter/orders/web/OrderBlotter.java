package org.opencounter.orders.web;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The day's orders and trades of a branch (or of the firm for head office), filtered and paged. */
@Component
@Transactional(readOnly = true)
class OrderBlotter {

    /** What the blotter is narrowed to; null fields do not narrow. The dates are trade dates, both ends included. */
    record Filter(Long branchId, LocalDate from, LocalDate to, Long clientId, String code, String status,
                  String placedBy) {

        /** One trading day's orders. */
        static Filter day(Long branchId, LocalDate tradeDate, Long clientId, String code, String status,
                          String placedBy) {
            return new Filter(branchId, tradeDate, tradeDate, clientId, code, status, placedBy);
        }

        /** The same narrowing without what only orders have (status, who placed them). */
        Filter forTrades() {
            return new Filter(branchId, from, to, clientId, code, null, null);
        }
    }

    private final JdbcClient jdbc;

    OrderBlotter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<OrderRow> orders(Filter filter, Pageable pageable) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params, "o");
        long total = jdbc.sql("select count(*) from orders_order o where " + where).params(params)
                .query(Long.class).single();
        params.add(pageable.getPageSize());
        params.add(pageable.getOffset());
        List<OrderRow> rows = jdbc.sql("""
                        select o.id, o.client_order_id, o.client_id, c.name as client_name, o.code, s.name as security_name,
                               coalesce(o.credit_trade, o.side) as side, o.order_type, o.quantity, o.price,
                               o.filled_quantity, o.filled_amount, o.status, o.rejection_code, o.placed_by, o.placed_at
                        from orders_order o join clients_client c on c.id = o.client_id
                        join market_security s on s.code = o.code""" + " where " + where + " order by o.id desc limit ? offset ?")
                .params(params).query(OrderBlotter::order).list();
        return new PageImpl<>(rows, pageable, total);
    }

    Page<TradeRow> trades(Filter filter, Pageable pageable) {
        List<Object> params = new ArrayList<>();
        String where = where(filter.forTrades(), params, "t");
        long total = jdbc.sql("select count(*) from orders_trade t where " + where).params(params)
                .query(Long.class).single();
        params.add(pageable.getPageSize());
        params.add(pageable.getOffset());
        List<TradeRow> rows = jdbc.sql(TRADES + where + " order by t.trade_date desc, t.id desc limit ? offset ?").params(params)
                .query(OrderBlotter::trade).list();
        return new PageImpl<>(rows, pageable, total);
    }

    List<TradeRow> tradesOf(long orderId) {
        return jdbc.sql(TRADES + "t.order_id = ? order by t.id").param(orderId).query(OrderBlotter::trade).list();
    }

    private static final String TRADES = """
            select t.id, t.exec_id, t.order_id, c.name as client_name, t.code, s.name as security_name, t.side,
                   t.quantity, t.price, t.amount, t.commission + t.stamp_duty + t.transfer_fee + t.exchange_fees as fees,
                   t.trade_date, t.executed_at
            from orders_trade t join clients_client c on c.id = t.client_id join market_security s on s.code = t.code
            where\s""";

    private static String where(Filter filter, List<Object> params, String alias) {
        StringBuilder where = new StringBuilder("true");
        if (filter.from() != null) {
            where.append(" and ").append(alias).append(".trade_date >= ?");
            params.add(Date.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and ").append(alias).append(".trade_date <= ?");
            params.add(Date.valueOf(filter.to()));
        }
        if (filter.branchId() != null) {
            where.append(" and ").append(alias).append(".branch_id = ?");
            params.add(filter.branchId());
        }
        if (filter.clientId() != null) {
            where.append(" and ").append(alias).append(".client_id = ?");
            params.add(filter.clientId());
        }
        if (filter.code() != null) {
            where.append(" and ").append(alias).append(".code = ?");
            params.add(filter.code());
        }
        if (filter.status() != null) {
            where.append(" and ").append(alias).append(".status = ?");
            params.add(filter.status());
        }
        if (filter.placedBy() != null) {
            where.append(" and ").append(alias).append(".placed_by = ?");
            params.add(filter.placedBy());
        }
        return where.toString();
    }

    private static OrderRow order(ResultSet row, int n) throws SQLException {
        return new OrderRow(row.getLong("id"), row.getString("client_order_id"), row.getLong("client_id"),
                row.getString("client_name"), row.getString("code"), row.getString("security_name"),
                row.getString("side"), row.getString("order_type"), row.getLong("quantity"), row.getBigDecimal("price"),
                row.getLong("filled_quantity"), row.getBigDecimal("filled_amount"), row.getString("status"),
                row.getString("rejection_code"), row.getString("placed_by"), row.getTimestamp("placed_at").toInstant());
    }

    private static TradeRow trade(ResultSet row, int n) throws SQLException {
        return new TradeRow(row.getLong("id"), row.getString("exec_id"), row.getLong("order_id"),
                row.getString("client_name"), row.getString("code"), row.getString("security_name"),
                row.getString("side"), row.getLong("quantity"), row.getBigDecimal("price"), row.getBigDecimal("amount"),
                row.getBigDecimal("fees"), row.getDate("trade_date").toLocalDate(),
                row.getTimestamp("executed_at").toInstant());
    }
}
