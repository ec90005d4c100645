package org.opencounter.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.opencounter.TestClock;
import org.opencounter.clients.ledger.CashLedger;
import org.opencounter.orders.OrderEntry;
import org.opencounter.orders.OrderReceipt;
import org.opencounter.orders.OrderType;
import org.opencounter.orders.PlaceOrder;
import org.opencounter.orders.Side;
import org.opencounter.orders.exchange.ExecutionReport;
import org.opencounter.orders.exchange.ExecutionReportSink;
import org.opencounter.orders.exchange.SimulatedExchange;
import org.opencounter.orders.settlement.Settlement;
import org.opencounter.orders.settlement.SettlementRun;
import org.opencounter.platform.StaffPrincipal;
import org.opencounter.platform.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The orders module under load, with the figures issue #4 names. Runs only with {@code ./mvnw -Pbenchmark verify};
 * writes target/benchmark/orders.md. Scale by system properties: bench.clients (10,000), bench.orders (24,000),
 * bench.fills (2,000), bench.trades (1,000,000), bench.baseline (40,000 transactions).
 * <ol>
 *   <li>The database's own rate: a pgbench-like loop of one insert and three updates per transaction, 8 threads.</li>
 *   <li>Settlement of a trade date with a million trades, seeded straight into the tables.</li>
 *   <li>Order acceptance the next day: 8 clerks' threads place limit buys through {@link OrderEntry}, the service
 *       the order form uses (checks, freeze, journal, audit, routing to the simulated exchange, which acknowledges
 *       each). The buys rest below the market, so nothing fills behind the benchmark's back.</li>
 *   <li>Fill processing: execution reports for those orders through the gateway's sink, one at a time and from
 *       8 threads.</li>
 *   <li>Settlement of that day, which expires every order still open.</li>
 * </ol>
 */
@IntegrationTest
class OrdersBenchmark {

    private static final LocalDate SEEDED_DAY = LocalDate.of(2026, 11, 24);
    private static final LocalDate TRADING_DAY = LocalDate.of(2026, 11, 25);
    private static final int THREADS = 8;
    private static final int CLIENTS = Integer.getInteger("bench.clients", 10_000);
    private static final int ORDERS = Integer.getInteger("bench.orders", 24_000);
    private static final int FILLS = Integer.getInteger("bench.fills", 2_000);
    private static final int TRADES = Integer.getInteger("bench.trades", 1_000_000);
    private static final int BASELINE = Integer.getInteger("bench.baseline", 40_000);
    private static final double ACCEPTANCE_SHARE_GOAL = 0.70;
    private static final double ACCEPTANCE_P99_GOAL_MS = 25;
    private static final double FILL_P99_GOAL_MS = 5;
    private static final double SETTLEMENT_GOAL_S = 60;

    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired DataSource dataSource;
    @Autowired OrderEntry entry;
    @Autowired ExecutionReportSink reports;
    @Autowired SimulatedExchange exchange;
    @Autowired Settlement settlement;
    @Autowired UserDetailsService staff;
    @Autowired Clock clock;
    @Autowired CashLedger ledger;

    /** An order the benchmark placed, and in which security. */
    private record Placed(OrderReceipt receipt, String code) {
    }

    private final List<Placed> resting = new CopyOnWriteArrayList<>();
    private final Map<String, BigDecimal> restingPrice = new ConcurrentHashMap<>();

    @AfterEach
    void realTimeAgain() {
        TestClock.INSTANCE.reset();
        exchange.clear();
    }

    @Test
    void ordersFillsAndSettlementAtScale() throws Exception {
        BenchmarkReport report = new BenchmarkReport("Orders benchmark");
        long seeding = System.nanoTime();
        List<Long> book = new TradingBook(jdbc, transactions, ledger, CLIENTS).seed();
        List<String> codes = quietMarket();
        report.line("Book: %,d clients at one branch, each with %s CNY, seeded in %.1f s; %d main-board securities. "
                + "%d threads. Machine: %d cores.", book.size(), TradingBook.DEPOSIT, seconds(seeding), codes.size(),
                THREADS, Runtime.getRuntime().availableProcessors()).blank();
        report.line("| figure | measured | p50 ms | p99 ms | goal | verdict |");
        report.line("|---|---:|---:|---:|---|---|");

        Throughput baseline = new DatabaseBaseline(dataSource).run(THREADS, BASELINE / THREADS);
        report.line("| database baseline: 1 insert + 3 updates per transaction | %,.0f tx/s | %.2f | %.2f | — | — |",
                baseline.perSecond(), baseline.latencies().p50(), baseline.latencies().p99());

        String seededSteps = settleSeededDay(codes, report);
        Throughput acceptance = acceptOrders(book, codes);
        double share = acceptance.perSecond() / baseline.perSecond();
        report.line("| order acceptance (OrderEntry.place), %d threads | %,.0f orders/s = %.0f%% of baseline | %.2f | "
                        + "%.2f | ≥ %.0f%% of baseline, p99 < %.0f ms | %s |", THREADS, acceptance.perSecond(),
                share * 100, acceptance.latencies().p50(), acceptance.latencies().p99(), ACCEPTANCE_SHARE_GOAL * 100,
                ACCEPTANCE_P99_GOAL_MS, BenchmarkReport.verdict(share >= ACCEPTANCE_SHARE_GOAL
                        && acceptance.latencies().p99() < ACCEPTANCE_P99_GOAL_MS));

        double backlog = awaitAcknowledged();
        report.line("| exchange acknowledgements booked after the last order was placed | %.1f s | — | — | — | — |",
                backlog);
        Throughput oneAtATime = fill(0, 1, FILLS);
        report.line("| fill processing, one at a time | %,.0f fills/s | %.2f | %.2f | p99 < %.0f ms | %s |",
                oneAtATime.perSecond(), oneAtATime.latencies().p50(), oneAtATime.latencies().p99(), FILL_P99_GOAL_MS,
                BenchmarkReport.verdict(oneAtATime.latencies().p99() < FILL_P99_GOAL_MS));
        Throughput concurrent = fill(FILLS, THREADS, FILLS / THREADS);
        report.line("| fill processing, %d threads | %,.0f fills/s | %.2f | %.2f | — | — |", THREADS,
                concurrent.perSecond(), concurrent.latencies().p50(), concurrent.latencies().p99());

        String tradingDaySteps = settleTradingDay(report);
        report.blank().line("Settlement steps of %s: %s.", SEEDED_DAY, seededSteps)
                .line("Settlement steps of %s: %s.", TRADING_DAY, tradingDaySteps);
        report.write("orders.md");
    }

    /** The securities the benchmark trades, quoted at yesterday's close so the day's band is around it. */
    private List<String> quietMarket() {
        List<String> codes = jdbc.sql("""
                select s.code from market_security s join market_latest_price p on p.code = s.code
                where s.board = 'MAIN' and s.type = 'STOCK' and not s.st and not s.suspended and s.lot_size = 100
                  and p.prev_close between 5 and 60
                order by s.code limit 20""").query(String.class).list();
        jdbc.sql("update market_latest_price set price = prev_close, updated_at = now() where code = any (?)")
                .param(codes.toArray(String[]::new)).update();
        jdbc.sql("select code, prev_close from market_latest_price where code = any (?)")
                .param(codes.toArray(String[]::new))
                .query((row, n) -> restingPrice.put(row.getString(1),
                        row.getBigDecimal(2).multiply(new BigDecimal("0.95")).setScale(2, RoundingMode.DOWN)))
                .list();
        exchange.clear();
        return codes;
    }

    private String settleSeededDay(List<String> codes, BenchmarkReport report) throws Exception {
        long seeding = System.nanoTime();
        new TradedDay(jdbc, transactions).seed(SEEDED_DAY, codes, TRADES);
        double seeded = seconds(seeding);
        Settled settled = settle(SEEDED_DAY);
        SettlementRun run = settled.run();
        double took = settled.seconds();
        report.line("| settlement of %,d trades (seeded in %.0f s) | %.1f s | — | — | < %.0f s | %s |",
                run.tradesSettled(), seeded, took, SETTLEMENT_GOAL_S, BenchmarkReport.verdict(took < SETTLEMENT_GOAL_S));
        return settled.steps();
    }

    private Throughput acceptOrders(List<Long> book, List<String> codes) throws Exception {
        TestClock.INSTANCE.setShanghai(TRADING_DAY + "T10:00");
        StaffPrincipal clerk = (StaffPrincipal) staff.loadUserByUsername("clerk");
        int warmUp = Math.max(THREADS, ORDERS / 20);
        Throughput.measure(THREADS, warmUp / THREADS, (thread, i) -> place(clerk, book, codes, thread, i));
        resting.clear();
        int offset = warmUp / THREADS;
        Throughput measured = Throughput.measure(THREADS, ORDERS / THREADS,
                (thread, i) -> place(clerk, book, codes, thread, offset + i));
        List<OrderReceipt> rejected = resting.stream().map(Placed::receipt).filter(OrderReceipt::rejected).toList();
        if (!rejected.isEmpty()) {
            throw new IllegalStateException(rejected.size() + " benchmark orders were rejected: " + rejected.stream()
                    .map(OrderReceipt::rejectionKey).distinct()
                    .collect(Collectors.joining(", ")));
        }
        return measured;
    }

    /** A limit buy of one lot below the market for the thread's next client: the clerks serve different clients. */
    private void place(StaffPrincipal clerk, List<Long> book, List<String> codes, int thread, int index) {
        long client = book.get((index * THREADS + thread) % book.size());
        String code = codes.get((index + thread) % codes.size());
        OrderReceipt receipt = TestStaff.actingAs(clerk, () -> entry.place(new PlaceOrder(client, code, Side.BUY,
                OrderType.LIMIT, 100, restingPrice.get(code), UUID.randomUUID().toString())));
        resting.add(new Placed(receipt, code));
    }

    /**
     * Waits until the exchange's acknowledgement of every order has been booked (one venue thread books them in
     * arrival order), and answers how long that took.
     */
    private double awaitAcknowledged() throws InterruptedException {
        long began = System.nanoTime();
        while (jdbc.sql("select count(*) from orders_order where trade_date = ? and status = 'SUBMITTED'")
                .param(java.sql.Date.valueOf(TRADING_DAY)).query(Long.class).single() > 0) {
            Thread.sleep(100);
        }
        exchange.awaitIdle();
        return seconds(began);
    }

    /** Fills resting orders from the given one on, each with one execution report for its whole lot. */
    private Throughput fill(int from, int threads, int perThread) throws Exception {
        List<Placed> orders = List.copyOf(resting);
        return Throughput.measure(threads, perThread, (thread, i) -> {
            Placed placed = orders.get(from + thread * perThread + i);
            OrderReceipt order = placed.receipt();
            reports.receive(new ExecutionReport("BENCH-" + order.clientOrderId(), order.clientOrderId(),
                    "X" + order.orderId(), ExecutionReport.Kind.TRADE, 100, restingPrice.get(placed.code()), null,
                    clock.instant()));
        });
    }

    private String settleTradingDay(BenchmarkReport report) throws Exception {
        Settled settled = settle(TRADING_DAY);
        report.line("| settlement of the order day: %,d trades, %,d open orders expired | %.1f s | — | — | — | — |",
                settled.run().tradesSettled(), settled.run().ordersExpired(), settled.seconds());
        return settled.steps();
    }

    /** A settlement run, how long it took, and its steps' times. */
    private record Settled(SettlementRun run, double seconds, String steps) {
    }

    /** Settles the day at 16:00, following its steps; a run that failed or found ledger breaks stops the benchmark. */
    private Settled settle(LocalDate day) throws Exception {
        TestClock.INSTANCE.setShanghai(day + "T16:00");
        long began = System.nanoTime();
        try (SettlementWatch watch = new SettlementWatch(jdbc, day)) {
            SettlementRun run = settlement.settle(day, "ops");
            double took = seconds(began);
            watch.close();
            requireClean(run);
            return new Settled(run, took, watch.steps());
        }
    }

    private static void requireClean(SettlementRun run) {
        if (!run.completed() || run.ledgerBreaks() == null || run.ledgerBreaks() != 0) {
            throw new IllegalStateException("Settlement of " + run.tradeDate() + " ended " + run.status() + " with "
                    + run.ledgerBreaks() + " ledger breaks: " + run.error());
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
