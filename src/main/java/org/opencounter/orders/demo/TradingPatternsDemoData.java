package org.opencounter.orders.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.opencounter.clients.CashMovement;
import org.opencounter.clients.TradeCash;
import org.opencounter.clients.TradeCashFlow;
import org.opencounter.clients.TradingAccounts;
import org.opencounter.market.PriceBand;
import org.opencounter.market.TradingCalendar;
import org.opencounter.orders.Side;
import org.opencounter.orders.fee.ClientFees;
import org.opencounter.orders.fee.Fees;
import org.opencounter.orders.order.OrderJournal;
import org.opencounter.platform.DemoDataSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A few demo clients who traded on the last trading days the way trade surveillance looks for, so that its rules have
 * something real to find: one bought and sold the same stock to himself at the same price seconds apart, two who
 * share a mobile number sold and bought a stock between them the same way, one placed a stream of orders in a stock
 * and withdrew nearly all of them, one bought a stock at its limit-up price for over a million (the stock touched its
 * limit that day), and an institution holds just over 5% of a Beijing stock, carried over from before the demo. The fills are booked like real ones: cash through the ledger with the client's fees,
 * positions by the moving-average cost.
 */
@Component
class TradingPatternsDemoData implements DemoDataSet {

    private static final Logger log = LoggerFactory.getLogger(TradingPatternsDemoData.class);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String KEY = "demo-pattern-";
    private static final String ACTOR = "clerk";
    private static final String SELF_TRADED = "600036";
    private static final String CANCELLED = "601318";
    private static final String WASHED = "000001";
    private static final String PUSHED = "600900";
    private static final String HELD = "920047";
    /** Shares of the self-traded stock held before the day: all that is sold. */
    private static final long HELD_BEFORE = 7500;
    /** Just over 5% of the issuer's shares. */
    private static final BigDecimal HELD_SHARE = new BigDecimal("0.0506");

    private record Account(long clientId, long branchId, long fundAccountId) {
    }

    private record Fill(Account account, String code, Side side, long quantity, BigDecimal price, LocalDate day,
                        LocalTime at) {

        BigDecimal value() {
            return price.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
        }

        Instant instant() {
            return day.atTime(at).atZone(SHANGHAI).toInstant();
        }
    }

    private final JdbcClient jdbc;
    private final TradeCash cash;
    private final TradingAccounts accounts;
    private final ClientFees fees;
    private final OrderJournal journal;
    private final TradingCalendar calendar;

    TradingPatternsDemoData(JdbcClient jdbc, TradeCash cash, TradingAccounts accounts, ClientFees fees,
                            OrderJournal journal, TradingCalendar calendar) {
        this.jdbc = jdbc;
        this.cash = cash;
        this.accounts = accounts;
        this.fees = fees;
        this.journal = journal;
        this.calendar = calendar;
    }

    @Override
    public int order() {
        return 41;
    }

    @Override
    @Transactional
    public void loadIfAbsent() {
        List<LocalDate> days = calendar.tradingDaysBefore(calendar.today(), 3);
        List<Account> individuals = accounts("INDIVIDUAL");
        List<Account> institutions = accounts("INSTITUTION");
        if (days.size() < 3 || individuals.size() < 3 || institutions.isEmpty()) {
            return;
        }
        int fills = 0;
        int cancelled = 0;
        if (absent(SELF_TRADED)) {
            fills += selfTrades(individuals.get(0), days.get(1));
        }
        if (absent(WASHED)) {
            fills += washBetweenRelated(days.get(1));
        }
        if (absent(CANCELLED)) {
            cancelled = cancellations(individuals.get(1), days.get(2));
        }
        if (absent(PUSHED)) {
            fills += limitUpBuy(richest(), days.get(0));
        }
        boolean holding = stake(institutions.get(0));
        if (fills + cancelled > 0 || holding) {
            log.info("Demo trading patterns: {} fills, {} cancelled orders, a 5% holding {}", fills, cancelled,
                    holding ? "carried over" : "not set");
        }
    }

    /** Whether the pattern in this stock is still to be traded: each is loaded once, a book's older ones kept. */
    private boolean absent(String code) {
        return !jdbc.sql("select exists (select 1 from orders_order where idempotency_key like ? and code = ?)")
                .params(KEY + "%", code).query(Boolean.class).single();
    }

    /** Active clients of the kind, the first five opened. */
    private List<Account> accounts(String kind) {
        return accountsWhere("c.kind = ? order by c.id limit 5", kind);
    }

    /** The client with the most available cash, who can afford a million's purchase. */
    private Account richest() {
        return accountsWhere("""
                true order by (select a.balance from clients_ledger_account a
                               where a.fund_account_id = f.id and a.kind = 'CLIENT_AVAILABLE') desc, c.id
                limit 1""").get(0);
    }

    /** Active clients with an active fund account that meet the condition, in its order. */
    private List<Account> accountsWhere(String conditionAndOrder, Object... params) {
        return jdbc.sql("""
                        select c.id, c.branch_id, f.id from clients_client c
                        join clients_fund_account f on f.client_id = c.id and f.status = 'ACTIVE'
                        where c.status = 'ACTIVE' and """ + " " + conditionAndOrder)
                .params(params).query((row, n) -> new Account(row.getLong(1), row.getLong(2), row.getLong(3)))
                .list();
    }

    /**
     * Three round trips in one stock at the day's close: shares he held from before sold, and bought back by his own
     * buy at the same price seconds later (what he sells was all held before the day, as T+1 requires).
     */
    private int selfTrades(Account account, LocalDate day) {
        BigDecimal price = close(SELF_TRADED, day);
        carriedOver(account, SELF_TRADED, HELD_BEFORE, price);
        return crossed(account, account, SELF_TRADED, price, day, LocalTime.of(10, 12, 5), 3, 17, 3000, 2000, 2500);
    }

    /**
     * Two clients who share a mobile number trade a stock between them: what one sells, the other buys at the same
     * price two seconds later, twice in the day, about 300,000 in all. The seller held the shares from before and
     * keeps a thousand.
     */
    private int washBetweenRelated(LocalDate day) {
        List<Account> pair = accountsWhere("""
                exists (select 1 from clients_client o where o.mobile = c.mobile and o.id <> c.id
                                                        and o.status = 'ACTIVE')
                order by c.mobile, c.id limit 2""");
        if (pair.size() < 2) {
            return 0;
        }
        BigDecimal price = close(WASHED, day);
        long lots = new BigDecimal("150000").divide(price.multiply(BigDecimal.valueOf(100)), 0, RoundingMode.UP)
                .longValue();
        carriedOver(pair.get(1), WASHED, (2 * lots + 10) * 100, price);
        return crossed(pair.get(1), pair.get(0), WASHED, price, day, LocalTime.of(10, 41, 7), 2, 161, lots * 100,
                (lots - 2) * 100);
    }

    /**
     * Each quantity sold by the seller and bought by the buyer at the price, the buy the given seconds after the sell,
     * the next pair the given minutes later; answers the number of fills.
     */
    private int crossed(Account seller, Account buyer, String code, BigDecimal price, LocalDate day, LocalTime first,
                        int secondsApart, int minutesBetween, long... quantities) {
        LocalTime at = first;
        for (long quantity : quantities) {
            book(new Fill(seller, code, Side.SELL, quantity, price, day, at));
            book(new Fill(buyer, code, Side.BUY, quantity, price, day, at.plusSeconds(secondsApart)));
            at = at.plusMinutes(minutesBetween);
        }
        return quantities.length * 2;
    }

    /** Shares held from before the demo's days, added to what the client holds. */
    private void carriedOver(Account account, String code, long quantity, BigDecimal price) {
        jdbc.sql("""
                        insert into orders_position (client_id, code, quantity, cost, updated_at)
                        values (?, ?, ?, ?, now())
                        on conflict (client_id, code) do update set cost = orders_position.cost + excluded.cost,
                            quantity = orders_position.quantity + excluded.quantity""")
                .params(account.clientId(), code, quantity, price.multiply(BigDecimal.valueOf(quantity))).update();
    }

    /** Sixteen buy orders a little under the market, fourteen withdrawn within the minute, two left to expire. */
    private int cancellations(Account account, LocalDate day) {
        BigDecimal close = close(CANCELLED, day);
        LocalTime at = LocalTime.of(9, 45);
        for (int i = 0; i < 16; i++) {
            BigDecimal price = close.subtract(new BigDecimal("0.01").multiply(BigDecimal.valueOf(i % 4 + 1)));
            String status = i < 14 ? "CANCELED" : "EXPIRED";
            Fill placed = new Fill(account, CANCELLED, Side.BUY, 1000, price, day, at);
            long order = order(placed, status, 0);
            journal.stateChanged(order, status, i < 14 ? "撤单" : "收市未成交", ACTOR,
                    placed.instant().plusSeconds(i < 14 ? 40 : 19_800));
            at = at.plusMinutes(6);
        }
        return 16;
    }

    /** A buy at the day's limit-up price for just over a million; the stock touched its limit that day. */
    private int limitUpBuy(Account account, LocalDate day) {
        Optional<BigDecimal> previousClose = jdbc.sql("""
                        select prev_close from market_daily_bar where code = ? and trade_date = ?""")
                .params(PUSHED, Date.valueOf(day)).query(BigDecimal.class).optional();
        if (previousClose.isEmpty()) {
            return 0;
        }
        BigDecimal limitUp = jdbc.sql("select price_limit, tick_size from market_security where code = ?")
                .param(PUSHED)
                .query((row, n) -> PriceBand.of(previousClose.get(), row.getBigDecimal(1), row.getBigDecimal(2)))
                .single().upper();
        long quantity = new BigDecimal("1200000").divide(limitUp.multiply(BigDecimal.valueOf(100)), 0,
                RoundingMode.UP).longValue() * 100;
        jdbc.sql("update market_daily_bar set high = greatest(high, ?) where code = ? and trade_date = ?")
                .params(limitUp, PUSHED, Date.valueOf(day)).update();
        book(new Fill(account, PUSHED, Side.BUY, quantity, limitUp, day, LocalTime.of(14, 21, 36)));
        return 1;
    }

    /** Just over 5% of a Beijing stock, held by an institution since before the demo. */
    private boolean stake(Account account) {
        Optional<Long> total = jdbc.sql("select total_shares from market_security where code = ?").param(HELD)
                .query(Long.class).optional();
        if (total.isEmpty() || total.get() == null) {
            return false;
        }
        long quantity = BigDecimal.valueOf(total.get()).multiply(HELD_SHARE)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN).longValue() * 100;
        BigDecimal cost = close(HELD, calendar.previous(calendar.today())).multiply(new BigDecimal("0.92"))
                .multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
        return jdbc.sql("""
                        insert into orders_position (client_id, code, quantity, cost, updated_at)
                        values (?, ?, ?, ?, now()) on conflict do nothing""")
                .params(account.clientId(), HELD, quantity, cost).update() == 1;
    }

    private BigDecimal close(String code, LocalDate day) {
        return jdbc.sql("""
                        select close from market_daily_bar where code = ? and trade_date <= ?
                        order by trade_date desc limit 1""")
                .params(code, Date.valueOf(day)).query(BigDecimal.class).single();
    }

    /** The order, filled whole by one trade, with its cash through the ledger and the position at moving cost. */
    private void book(Fill fill) {
        accounts.lockForTrading(fill.account().clientId());
        BigDecimal value = fill.value();
        Fees fee = fees.forClient(fill.account().clientId(), fill.day()).ofOrder(fill.side(), value);
        long order = order(fill, "FILLED", fill.quantity());
        jdbc.sql("update orders_order set filled_amount = ?, commission_charged = ? where id = ?")
                .params(value, fee.commission(), order).update();
        String execId = KEY + order;
        String memo = "委托 " + clientOrderId(order) + " " + (fill.side() == Side.BUY ? "买入" : "卖出") + " "
                + fill.code() + " " + fill.quantity() + "股 @" + fill.price().toPlainString();
        TradeCashFlow flow = new TradeCashFlow(fill.account().fundAccountId(), value, fee.commission(),
                fee.passedOn(), fill.day(), "exec:" + execId, memo, ACTOR);
        if (fill.side() == Side.BUY) {
            cash.freeze(new CashMovement(fill.account().fundAccountId(), value.add(fee.total()), fill.day(),
                    "freeze:" + execId, memo, ACTOR));
            cash.payPurchase(flow);
        } else {
            cash.receiveSale(flow);
        }
        jdbc.sql("""
                        insert into orders_trade (exec_id, order_id, client_id, branch_id, code, side, quantity, price,
                            amount, commission, stamp_duty, transfer_fee, exchange_fees, trade_date, executed_at,
                            settled)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)""")
                .params(execId, order, fill.account().clientId(), fill.account().branchId(), fill.code(),
                        fill.side().name(), fill.quantity(), fill.price(), value, fee.commission(), fee.stampDuty(),
                        fee.transferFee(), fee.exchangeFees(), Date.valueOf(fill.day()),
                        Timestamp.from(fill.instant()))
                .update();
        position(fill, value, fee);
        journal.stateChanged(order, "FILLED", fill.quantity() + " @ " + fill.price().toPlainString(), ACTOR,
                fill.instant());
    }

    /** A buy adds its value and fees to the cost; a sell takes away its share of the average cost. */
    private void position(Fill fill, BigDecimal value, Fees fee) {
        long signed = fill.side() == Side.BUY ? fill.quantity() : -fill.quantity();
        jdbc.sql("""
                        insert into orders_position (client_id, code, quantity, cost, updated_at)
                        values (?, ?, 0, 0, now()) on conflict do nothing""")
                .params(fill.account().clientId(), fill.code()).update();
        jdbc.sql("""
                        update orders_position set
                            cost = case when ? > 0 then cost + ? when quantity = 0 then 0
                                        else round(cost * (quantity + ?) / quantity, 4) end,
                            quantity = quantity + ?, updated_at = now()
                        where client_id = ? and code = ?""")
                .params(signed, value.add(fee.total()), signed, signed, fill.account().clientId(), fill.code())
                .update();
    }

    private long order(Fill fill, String status, long filled) {
        String clientOrderId = journal.nextClientOrderId(fill.day());
        long id = jdbc.sql("""
                        insert into orders_order (client_order_id, idempotency_key, client_id, branch_id,
                            fund_account_id, code, exchange, side, order_type, quantity, price, freeze_price, status,
                            filled_quantity, trade_date, placed_by, placed_at, updated_at)
                        select ?, ?, ?, ?, ?, s.code, s.exchange, ?, 'LIMIT', ?, ?, ?, ?, ?, ?, ?, ?, ?
                        from market_security s where s.code = ? returning id""")
                .params(clientOrderId, KEY + clientOrderId, fill.account().clientId(), fill.account().branchId(),
                        fill.account().fundAccountId(), fill.side().name(), fill.quantity(), fill.price(),
                        fill.price(), status, filled, Date.valueOf(fill.day()), ACTOR,
                        Timestamp.from(fill.instant().minusSeconds(1)), Timestamp.from(fill.instant()), fill.code())
                .query(Long.class).single();
        journal.stateChanged(id, "NEW", "demo", ACTOR, fill.instant().minusSeconds(1));
        return id;
    }

    private String clientOrderId(long order) {
        return jdbc.sql("select client_order_id from orders_order where id = ?").param(order).query(String.class)
                .single();
    }
}
