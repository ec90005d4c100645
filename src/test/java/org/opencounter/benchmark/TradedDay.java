package org.opencounter.benchmark;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A trade date as busy as the benchmark asks, written straight into the tables in one transaction: one filled
 * order per trade over the book's clients and the given securities, half buys and half sells of one to ten lots,
 * with the fees of the schedule, and the cash in double entry as the counter books it (a freeze and a purchase for
 * each buy, a sale for each sell), the client balances summed from those lines, and positions to sell from. The
 * journal's balance triggers are skipped while it loads (the entries balance by construction and the settlement
 * run's ledger proof checks them all).
 */
final class TradedDay {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    TradedDay(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    void seed(LocalDate day, List<String> codes, int trades) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("set local session_replication_role = replica").update();
            plan(day, codes, trades);
            orders(day);
            trades(day);
            journal(day);
            positions();
        });
        for (String table : List.of("orders_order", "orders_trade", "orders_position", "clients_journal_entry",
                "clients_journal_line", "clients_ledger_account")) {
            jdbc.sql("analyze " + table).update();
        }
    }

    private void plan(LocalDate day, List<String> codes, int trades) {
        jdbc.sql("""
                create temporary table bench_book on commit drop as
                select row_number() over (order by c.id) - 1 as n, c.id as client_id, c.branch_id, f.id as fund_id
                from clients_client c join clients_fund_account f on f.client_id = c.id
                where c.request_key like 'trading-book-%'""").update();
        jdbc.sql("""
                create temporary table bench_code on commit drop as
                select row_number() over (order by s.code) - 1 as n, s.code, s.exchange, p.price
                from market_security s join market_latest_price p on p.code = s.code
                where s.code = any (?)""").param(codes.toArray(String[]::new)).update();
        jdbc.sql("""
                create temporary table bench_plan on commit drop as
                select t.*, case when side = 'SELL' then round(amount * 0.0005, 2) else 0 end as stamp_duty,
                       round(amount * 0.00001, 2) as transfer_fee, greatest(5.00, round(amount * 0.00025, 2)) as commission
                from (select g, b.client_id, b.branch_id, b.fund_id, s.code, s.exchange, s.price,
                             case when g % 2 = 0 then 'BUY' else 'SELL' end as side, (1 + g % 10) * 100 as quantity,
                             round((1 + g % 10) * 100 * s.price, 2) as amount,
                             (cast(? as date) + time '09:30') at time zone 'Asia/Shanghai' + g * interval '15 milliseconds' as executed_at
                      from generate_series(1, ?) g
                      join bench_book b on b.n = g % (select count(*) from bench_book)
                      join bench_code s on s.n = (g / 7) % (select count(*) from bench_code)) t""")
                .params(Date.valueOf(day), trades).update();
    }

    private void orders(LocalDate day) {
        jdbc.sql("""
                insert into orders_order (client_order_id, idempotency_key, client_id, branch_id, fund_account_id, code,
                    exchange, side, order_type, quantity, price, freeze_price, status, filled_quantity, filled_amount,
                    commission_charged, trade_date, exchange_order_id, placed_by, placed_at, updated_at)
                select 'S' || to_char(?::date, 'YYYYMMDD') || lpad(g::text, 10, '0'), 'traded-day-' || g, client_id,
                    branch_id, fund_id, code, exchange, side, 'LIMIT', quantity, price, price, 'FILLED', quantity, amount,
                    commission, ?, 'X' || g, 'clerk', executed_at, executed_at
                from bench_plan""").params(Date.valueOf(day), Date.valueOf(day)).update();
    }

    private void trades(LocalDate day) {
        jdbc.sql("""
                insert into orders_trade (exec_id, order_id, client_id, branch_id, code, side, quantity, price, amount,
                    commission, stamp_duty, transfer_fee, exchange_fees, trade_date, executed_at)
                select 'TD' || p.g, o.id, p.client_id, p.branch_id, p.code, p.side, p.quantity, p.price, p.amount,
                    p.commission, p.stamp_duty, p.transfer_fee, 0, ?, p.executed_at
                from bench_plan p join orders_order o on o.idempotency_key = 'traded-day-' || p.g""")
                .param(Date.valueOf(day)).update();
    }

    /** A freeze and a purchase per buy, a sale per sell, with the lines TradingCashLedger posts for them. */
    private void journal(LocalDate day) {
        jdbc.sql("insert into clients_ledger_account (code, kind) values ('CSDC-CLEARING', 'CLEARING'), "
                + "('COMMISSION-INCOME', 'COMMISSION_INCOME') on conflict (code) do nothing").update();
        jdbc.sql("""
                insert into clients_journal_entry (kind, fund_account_id, amount, business_date, memo, idempotency_key,
                    created_by, created_at)
                select e.kind, p.fund_id, e.amount, ?, e.memo, e.key, 'exchange', p.executed_at
                from bench_plan p, lateral (values
                    ('ORDER_FREEZE', p.amount + p.commission + p.stamp_duty + p.transfer_fee,
                     'S' || p.g || ' freeze', 'traded-day-freeze-' || p.g),
                    ('TRADE_' || p.side, p.amount, 'S' || p.g || ' ' || p.side || ' ' || p.code || ' ' || p.quantity
                     || '@' || p.price, 'traded-day-exec-' || p.g)) e(kind, amount, memo, key)
                where e.kind <> 'ORDER_FREEZE' or p.side = 'BUY'""").param(Date.valueOf(day)).update();
        jdbc.sql("""
                insert into clients_journal_line (entry_id, ledger_account_id, debit, credit)
                select e.id, l.account, l.debit, l.credit
                from bench_plan p
                join clients_journal_entry e on e.idempotency_key in ('traded-day-freeze-' || p.g, 'traded-day-exec-' || p.g)
                join clients_ledger_account avail on avail.fund_account_id = p.fund_id and avail.kind = 'CLIENT_AVAILABLE'
                join clients_ledger_account frozen on frozen.fund_account_id = p.fund_id and frozen.kind = 'CLIENT_FROZEN'
                cross join (select id from clients_ledger_account where code = 'CSDC-CLEARING') clearing
                cross join (select id from clients_ledger_account where code = 'COMMISSION-INCOME') income,
                lateral (values
                    ('ORDER_FREEZE', avail.id, p.amount + p.commission + p.stamp_duty + p.transfer_fee, 0),
                    ('ORDER_FREEZE', frozen.id, 0, p.amount + p.commission + p.stamp_duty + p.transfer_fee),
                    ('TRADE_BUY', frozen.id, p.amount + p.commission + p.stamp_duty + p.transfer_fee, 0),
                    ('TRADE_BUY', clearing.id, 0, p.amount + p.stamp_duty + p.transfer_fee),
                    ('TRADE_BUY', income.id, 0, p.commission),
                    ('TRADE_SELL', clearing.id, p.amount - p.stamp_duty - p.transfer_fee, 0),
                    ('TRADE_SELL', avail.id, 0, p.amount - p.commission - p.stamp_duty - p.transfer_fee),
                    ('TRADE_SELL', income.id, 0, p.commission)) l(kind, account, debit, credit)
                where l.kind = e.kind""").update();
        jdbc.sql("""
                update clients_ledger_account a set balance = s.balance
                from (select l.ledger_account_id, sum(l.credit - l.debit) as balance
                      from clients_journal_line l join clients_ledger_account x on x.id = l.ledger_account_id
                      join bench_book b on b.fund_id = x.fund_account_id
                      group by l.ledger_account_id) s
                where a.id = s.ledger_account_id""").update();
    }

    /** Every traded position held before the day, with the day's purchases not yet sellable. */
    private void positions() {
        jdbc.sql("""
                insert into orders_position (client_id, code, quantity, bought_today, cost, updated_at)
                select client_id, code, 1000000, coalesce(sum(quantity) filter (where side = 'BUY'), 0), 1000000 * max(price), now()
                from bench_plan group by client_id, code""").update();
    }
}
