package org.opencounter.orders.order;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of what happened to each order: its state changes and the result of every check it went through. */
@Repository
public class OrderJournal {

    /** One check's result as stored with the order. */
    public record CheckResult(int position, String checkCode, boolean passed, String reasonKey, List<String> figures) {
    }

    /** One state an order went through. */
    public record StateChange(Instant at, String status, String detail, String actor) {
    }

    private final JdbcClient jdbc;

    OrderJournal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void stateChanged(long orderId, String status, String detail, String actor, Instant at) {
        jdbc.sql("insert into orders_order_event (order_id, at, status, detail, actor) values (?, ?, ?, ?, ?)")
                .params(orderId, Timestamp.from(at), status, detail, actor).update();
    }

    /** Stores the order's check results in one statement (an order runs ten or more checks). */
    public void checked(long orderId, List<CheckResult> results) {
        jdbc.sql("""
                        insert into orders_check_result (order_id, position, check_code, passed, reason_key, reason_args)
                        select ?, r.* from unnest(?::integer[], ?::varchar[], ?::boolean[], ?::varchar[], ?::varchar[]) r""")
                .params(orderId, results.stream().map(CheckResult::position).toArray(Integer[]::new),
                        results.stream().map(CheckResult::checkCode).toArray(String[]::new),
                        results.stream().map(CheckResult::passed).toArray(Boolean[]::new),
                        results.stream().map(CheckResult::reasonKey).toArray(String[]::new),
                        results.stream().map(result -> FigureColumn.join(result.figures())).toArray(String[]::new))
                .update();
    }

    public List<CheckResult> checks(long orderId) {
        return jdbc.sql("""
                        select position, check_code, passed, reason_key, reason_args from orders_check_result
                        where order_id = ? order by position""")
                .param(orderId)
                .query((row, n) -> new CheckResult(row.getInt(1), row.getString(2), row.getBoolean(3), row.getString(4),
                        FigureColumn.split(row.getString(5))))
                .list();
    }

    public List<StateChange> history(long orderId) {
        return jdbc.sql("select at, status, detail, actor from orders_order_event where order_id = ? order by id")
                .param(orderId)
                .query((row, n) -> new StateChange(row.getTimestamp(1).toInstant(), row.getString(2),
                        row.getString(3), row.getString(4)))
                .list();
    }

    /** The next client order id for a trade date: yyMMdd and eight digits. */
    public String nextClientOrderId(java.time.LocalDate tradeDate) {
        long sequence = jdbc.sql("select nextval('orders_client_order_seq')").query(Long.class).single();
        return String.format("%ty%<tm%<td%08d", tradeDate, sequence % 100_000_000L);
    }
}
