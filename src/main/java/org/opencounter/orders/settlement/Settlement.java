package org.opencounter.orders.settlement;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.opencounter.clients.CashClearing;
import org.opencounter.clients.LedgerVerification;
import org.opencounter.clients.TradingAccounts;
import org.opencounter.market.TradingCalendar;
import org.opencounter.orders.CreditAccounts;
import org.opencounter.orders.OrderStatus;
import org.opencounter.orders.TradingDaySettled;
import org.opencounter.orders.exchange.ExchangeGateway;
import org.opencounter.orders.order.Order;
import org.opencounter.orders.order.OrderJournal;
import org.opencounter.orders.order.OrderRelease;
import org.opencounter.orders.order.OrderRepository;
import org.opencounter.orders.order.TradingSession;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The end of day (清算交收) for one trade date, in steps that each commit as they go, so the page can follow a run
 * and a failed run can run again: open orders expire, the day's purchases become sellable (T+1), the trades are
 * marked settled and summed, the net with the clearing house is settled once the ledger agrees with the trades (sale
 * proceeds become withdrawable with it), and the ledger is proved. A trade date that settled before is left as it is;
 * after it, orders are taken for the next trading day.
 */
@Service
public class Settlement {

    private static final Logger log = LoggerFactory.getLogger(Settlement.class);
    static final String ACTOR = "settlement";
    /** A run still marked running this long after it started is taken to have died with its instance. */
    static final Duration STALE = Duration.ofMinutes(30);
    /** Orders expired per transaction. */
    static final int BATCH = 200;
    /** The exchanges' day is over, after-hours fixed-price trading included. */
    static final LocalTime CLOSE_OF_BUSINESS = LocalTime.of(15, 30);
    /** The open statuses as an SQL list, from {@link OrderStatus#open()}. */
    private static final String OPEN = Arrays.stream(OrderStatus.values()).filter(OrderStatus::open)
            .map(status -> "'" + status.name() + "'").collect(Collectors.joining(", "));

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final OrderRepository orders;
    private final TradingAccounts accounts;
    private final OrderRelease release;
    private final OrderJournal journal;
    private final ExchangeGateway gateway;
    private final CashClearing clearing;
    private final ObjectProvider<CreditAccounts> creditAccounts;
    private final LedgerVerification ledger;
    private final TradingSession session;
    private final TradingCalendar calendar;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    Settlement(JdbcClient jdbc, TransactionTemplate transactions, OrderRepository orders, TradingAccounts accounts,
               OrderRelease release, OrderJournal journal, ExchangeGateway gateway, CashClearing clearing,
               ObjectProvider<CreditAccounts> creditAccounts, LedgerVerification ledger, TradingSession session,
               TradingCalendar calendar, ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.orders = orders;
        this.accounts = accounts;
        this.release = release;
        this.journal = journal;
        this.gateway = gateway;
        this.clearing = clearing;
        this.creditAccounts = creditAccounts;
        this.ledger = ledger;
        this.session = session;
        this.calendar = calendar;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Starts and runs the settlement of the trade date to its end; a date that settled before is answered as it is. */
    public SettlementRun settle(LocalDate tradeDate, String actor) {
        SettlementRun started = start(tradeDate, actor);
        return started.completed() ? started : execute(tradeDate, actor);
    }

    /**
     * Checks that the trade date may settle now and records its run as running. Answers the run; one that completed
     * before comes back unchanged.
     *
     * @throws SettlementRefused when the day is not over, an earlier day is unsettled, or a run is under way
     */
    public SettlementRun start(LocalDate tradeDate, String actor) {
        Optional<SettlementRun> earlier = run(tradeDate);
        if (earlier.isPresent() && earlier.get().completed()) {
            return earlier.get();
        }
        refuseUnlessDue(tradeDate);
        Instant now = clock.instant();
        int started = transactions.execute(status -> {
            int rows = jdbc.sql("""
                            insert into orders_settlement_run (trade_date, status, step, started_by, started_at)
                            values (?, 'RUNNING', 'EXPIRE', ?, ?)
                            on conflict (trade_date) do update set status = 'RUNNING', step = 'EXPIRE', step_done = 0,
                                step_total = 0, error = null, started_by = excluded.started_by,
                                started_at = excluded.started_at, finished_at = null
                            where orders_settlement_run.status = 'FAILED'
                               or (orders_settlement_run.status = 'RUNNING' and orders_settlement_run.started_at < ?)""")
                    .params(Date.valueOf(tradeDate), actor, Timestamp.from(now), Timestamp.from(now.minus(STALE)))
                    .update();
            if (rows == 1) {
                audit.record(AuditRecord.change("orders.settlement.start", "SettlementRun", tradeDate, null,
                        Map.of("by", actor)));
            }
            return rows;
        });
        SettlementRun run = run(tradeDate).orElseThrow();
        if (started == 0 && !run.completed()) {
            throw new SettlementRefused("orders.settlement.refused.running", tradeDate);
        }
        return run;
    }

    /** Runs the steps of a started run; a failure is recorded on the run, which may then start again. */
    public SettlementRun execute(LocalDate tradeDate, String actor) {
        try {
            expireOpenOrders(tradeDate);
            settlePositions(tradeDate);
            Figures figures = settleTrades(tradeDate);
            snapshotPositions(tradeDate);
            settleCash(tradeDate, figures, actor);
            proveLedger(tradeDate);
            complete(tradeDate, actor);
        } catch (RuntimeException failure) {
            log.error("Settlement of {} failed", tradeDate, failure);
            String error = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
            transactions.executeWithoutResult(status -> jdbc.sql("""
                            update orders_settlement_run set status = 'FAILED', error = ?, finished_at = ?
                            where trade_date = ?""")
                    .params(error.length() > 500 ? error.substring(0, 500) : error, Timestamp.from(clock.instant()),
                            Date.valueOf(tradeDate)).update());
        }
        return run(tradeDate).orElseThrow();
    }

    public Optional<SettlementRun> run(LocalDate tradeDate) {
        return jdbc.sql("select * from orders_settlement_run where trade_date = ?").param(Date.valueOf(tradeDate))
                .query(Settlement::run).optional();
    }

    public Page<SettlementRun> runs(Pageable pageable) {
        long total = jdbc.sql("select count(*) from orders_settlement_run").query(Long.class).single();
        List<SettlementRun> rows = jdbc.sql("select * from orders_settlement_run order by trade_date desc limit ? offset ?")
                .params(pageable.getPageSize(), pageable.getOffset()).query(Settlement::run).list();
        return new PageImpl<>(rows, pageable, total);
    }

    /** Trade dates up to the given one that have trades or open orders but no completed run, oldest first. */
    public List<LocalDate> pending(LocalDate upTo) {
        return jdbc.sql("""
                        select distinct d from (
                            select trade_date as d from orders_trade where not settled and trade_date <= ?
                            union select trade_date from orders_order where trade_date <= ? and status in (""" + OPEN + """
                        )) days
                        where not exists (select 1 from orders_settlement_run r where r.trade_date = days.d
                                          and r.status = 'COMPLETED')
                        order by d""")
                .params(Date.valueOf(upTo), Date.valueOf(upTo)).query((row, n) -> row.getDate(1).toLocalDate()).list();
    }

    private void refuseUnlessDue(LocalDate tradeDate) {
        if (!calendar.isTradingDay(tradeDate)) {
            throw new SettlementRefused("orders.settlement.refused.notTradingDay", tradeDate);
        }
        if (tradeDate.isAfter(session.tradeDate())) {
            throw new SettlementRefused("orders.settlement.refused.future", tradeDate);
        }
        ZonedDateTime now = clock.instant().atZone(TradingCalendar.SHANGHAI);
        if (!session.alwaysOpen() && !now.toLocalDate().isAfter(tradeDate)
                && now.toLocalTime().isBefore(CLOSE_OF_BUSINESS)) {
            throw new SettlementRefused("orders.settlement.refused.marketOpen", tradeDate, CLOSE_OF_BUSINESS);
        }
        pending(tradeDate.minusDays(1)).stream().findFirst().ifPresent(unsettled -> {
            throw new SettlementRefused("orders.settlement.refused.earlierDay", tradeDate, unsettled);
        });
    }

    private void expireOpenOrders(LocalDate tradeDate) {
        boolean laterOrdersOpen = jdbc.sql("select exists (select 1 from orders_order where trade_date > ? and status in ("
                        + OPEN + "))").param(Date.valueOf(tradeDate)).query(Boolean.class).single();
        if (!laterOrdersOpen) {
            gateway.endOfDay();
        }
        List<Long> open = jdbc.sql("select id from orders_order where trade_date <= ? and status in (" + OPEN
                        + ") order by id").param(Date.valueOf(tradeDate)).query(Long.class).list();
        progress(tradeDate, SettlementStep.EXPIRE, 0, open.size());
        for (int from = 0; from < open.size(); from += BATCH) {
            List<Long> batch = open.subList(from, Math.min(open.size(), from + BATCH));
            transactions.executeWithoutResult(status -> batch.forEach(this::expire));
            int done = Math.min(open.size(), from + BATCH);
            transactions.executeWithoutResult(status -> jdbc.sql("""
                            update orders_settlement_run set step_done = ?, orders_expired = ? where trade_date = ?""")
                    .params(done, done, Date.valueOf(tradeDate)).update());
        }
    }

    private void expire(long orderId) {
        Order order = orders.findById(orderId).orElseThrow();
        accounts.lockForTrading(order.getClientId());
        Order locked = orders.lockById(orderId).orElseThrow();
        if (!locked.getStatus().open()) {
            return;
        }
        Instant now = clock.instant();
        release.end(locked, OrderStatus.EXPIRED, "orders.expired.endOfDay", ACTOR, now);
        journal.stateChanged(orderId, OrderStatus.EXPIRED.name(), "end of day", ACTOR, now);
    }

    /**
     * Shares bought up to the trade date become sellable. Purchases of later trade dates (when an earlier day is
     * settled late) stay unsellable until their own day settles.
     */
    private void settlePositions(LocalDate tradeDate) {
        progress(tradeDate, SettlementStep.POSITIONS, 0, 1);
        transactions.executeWithoutResult(status -> {
            Timestamp now = Timestamp.from(clock.instant());
            int positions = jdbc.sql("""
                            update orders_position set bought_today = 0, version = version + 1, updated_at = ?
                            where bought_today > 0""")
                    .param(now).update();
            jdbc.sql("""
                            update orders_position p set bought_today = later.quantity, updated_at = ?
                            from (select t.client_id, t.code, sum(t.quantity) as quantity from orders_trade t
                                  join market_security s on s.code = t.code and not s.t_plus_zero
                                  where t.side = 'BUY' and t.trade_date > ? and not t.settled and not t.credit
                                  group by t.client_id, t.code) later
                            where p.client_id = later.client_id and p.code = later.code""")
                    .params(now, Date.valueOf(tradeDate)).update();
            jdbc.sql("""
                            update orders_settlement_run set positions_settled = ?, step_done = 1
                            where trade_date = ?""")
                    .params(positions, Date.valueOf(tradeDate)).update();
        });
    }

    /** The day's trade figures, and what the trades say the firm owes the clearing house. */
    record Figures(int trades, BigDecimal payable) {
    }

    private Figures settleTrades(LocalDate tradeDate) {
        progress(tradeDate, SettlementStep.TRADES, 0, 1);
        return transactions.execute(status -> {
            jdbc.sql("update orders_trade set settled = true where trade_date = ? and not settled")
                    .param(Date.valueOf(tradeDate)).update();
            return jdbc.sql("""
                            update orders_settlement_run r set trades_settled = t.trades, buy_amount = t.buys,
                                sell_amount = t.sells, commission = t.commission, stamp_duty = t.stamp,
                                transfer_fee = t.transfer, exchange_fees = t.exchange, step_done = 1
                            from (select count(*) as trades,
                                         coalesce(sum(amount) filter (where side = 'BUY'), 0) as buys,
                                         coalesce(sum(amount) filter (where side = 'SELL'), 0) as sells,
                                         coalesce(sum(commission), 0) as commission,
                                         coalesce(sum(stamp_duty), 0) as stamp,
                                         coalesce(sum(transfer_fee), 0) as transfer,
                                         coalesce(sum(exchange_fees), 0) as exchange,
                                         coalesce(sum(case when side = 'BUY'
                                                  then amount + stamp_duty + transfer_fee + exchange_fees
                                                  else -(amount - stamp_duty - transfer_fee - exchange_fees) end), 0)
                                             as payable
                                  from orders_trade where trade_date = ?) t
                            where r.trade_date = ?
                            returning t.trades, t.payable""")
                    .params(Date.valueOf(tradeDate), Date.valueOf(tradeDate))
                    .query((row, n) -> new Figures(row.getInt(1), row.getBigDecimal(2))).single();
        });
    }

    /**
     * Keeps what every client held at the close of the trade date and at which price: the day's close where the
     * market has its bar, else the latest price (the run follows the close). A day settled late takes today's
     * positions less the later trades; its cost is kept only for positions no later trade has changed.
     */
    private void snapshotPositions(LocalDate tradeDate) {
        progress(tradeDate, SettlementStep.SNAPSHOT, 0, 1);
        transactions.executeWithoutResult(status -> {
            Date day = Date.valueOf(tradeDate);
            jdbc.sql("delete from orders_position_snapshot where trade_date = ?").param(day).update();
            int rows = jdbc.sql("""
                            insert into orders_position_snapshot (trade_date, client_id, code, quantity, cost, close_price)
                            select ?, p.client_id, p.code, p.quantity - coalesce(later.bought, 0) + coalesce(later.sold, 0),
                                   case when later.client_id is null then p.cost end, coalesce(b.close, q.price)
                            from orders_position p
                            left join (select client_id, code,
                                              sum(quantity) filter (where side = 'BUY') as bought,
                                              sum(quantity) filter (where side = 'SELL') as sold
                                       from orders_trade where trade_date > ? and not credit
                                       group by client_id, code) later
                                   on later.client_id = p.client_id and later.code = p.code
                            left join market_daily_bar b on b.code = p.code and b.trade_date = ?
                            left join market_latest_price q on q.code = p.code
                            where p.quantity - coalesce(later.bought, 0) + coalesce(later.sold, 0) > 0""")
                    .params(day, day, day).update();
            jdbc.sql("update orders_settlement_run set positions_snapshot = ?, step_done = 1 where trade_date = ?")
                    .params(rows, day).update();
        });
    }

    /**
     * Settles the day's net with the clearing house once the books agree with the trades: the ordinary ledger's
     * clearing account and, through {@link CreditAccounts}, the credit accounts' together must owe what the trades say.
     */
    private void settleCash(LocalDate tradeDate, Figures figures, String actor) {
        progress(tradeDate, SettlementStep.CASH, 0, 1);
        CreditAccounts credit = creditAccounts.getIfAvailable();
        BigDecimal creditBooked = credit == null ? BigDecimal.ZERO : credit.clearingPayable(tradeDate);
        BigDecimal booked = clearing.payable(tradeDate).add(creditBooked);
        if (!clearing.settled(tradeDate) && booked.compareTo(figures.payable()) != 0) {
            throw new IllegalStateException("Clearing break on " + tradeDate + ": the trades owe "
                    + figures.payable().toPlainString() + ", the books' clearing accounts " + booked.toPlainString()
                    + " (credit " + creditBooked.toPlainString() + ")");
        }
        transactions.executeWithoutResult(status -> {
            BigDecimal settled = clearing.settle(tradeDate, actor);
            BigDecimal creditSettled = credit == null ? BigDecimal.ZERO : credit.settleClearing(tradeDate, actor);
            jdbc.sql("""
                            update orders_settlement_run set payable = ?, credit_payable = ?, step_done = 1
                            where trade_date = ?""")
                    .params(settled.add(creditSettled), creditSettled, Date.valueOf(tradeDate)).update();
        });
    }

    private void proveLedger(LocalDate tradeDate) {
        progress(tradeDate, SettlementStep.LEDGER, 0, 1);
        int breaks = ledger.verify();
        transactions.executeWithoutResult(status -> jdbc.sql("""
                        update orders_settlement_run set ledger_breaks = ?, step_done = 1 where trade_date = ?""")
                .params(breaks, Date.valueOf(tradeDate)).update());
    }

    private void complete(LocalDate tradeDate, String actor) {
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("""
                            update orders_settlement_run set status = 'COMPLETED', step = 'DONE', finished_at = ?
                            where trade_date = ?""")
                    .params(Timestamp.from(now), Date.valueOf(tradeDate)).update();
            SettlementRun run = run(tradeDate).orElseThrow();
            audit.record(AuditRecord.change("orders.settlement.complete", "SettlementRun", tradeDate, null,
                    Map.of("by", actor, "trades", run.tradesSettled(), "ordersExpired", run.ordersExpired(),
                            "payable", run.payable(), "ledgerBreaks", run.ledgerBreaks())));
            events.publishEvent(new TradingDaySettled(tradeDate, run.tradesSettled(), now));
        });
        log.info("Settlement of {} completed", tradeDate);
    }

    private void progress(LocalDate tradeDate, SettlementStep step, int done, int total) {
        transactions.executeWithoutResult(status -> jdbc.sql("""
                        update orders_settlement_run set step = ?, step_done = ?, step_total = ? where trade_date = ?""")
                .params(step.name(), done, total, Date.valueOf(tradeDate)).update());
    }

    private static SettlementRun run(ResultSet row, int n) throws SQLException {
        Timestamp finished = row.getTimestamp("finished_at");
        int breaks = row.getInt("ledger_breaks");
        Integer ledgerBreaks = row.wasNull() ? null : breaks;
        return new SettlementRun(row.getDate("trade_date").toLocalDate(), row.getString("status"),
                SettlementStep.valueOf(row.getString("step")), row.getInt("step_done"), row.getInt("step_total"),
                row.getInt("orders_expired"), row.getInt("positions_settled"), row.getInt("positions_snapshot"),
                row.getInt("trades_settled"),
                row.getBigDecimal("buy_amount"), row.getBigDecimal("sell_amount"), row.getBigDecimal("commission"),
                row.getBigDecimal("stamp_duty"), row.getBigDecimal("transfer_fee"), row.getBigDecimal("exchange_fees"),
                row.getBigDecimal("payable"), row.getBigDecimal("credit_payable"), ledgerBreaks, row.getString("error"), row.getString("started_by"),
                row.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant());
    }
}
