package org.opencounter.orders.exchange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.opencounter.market.Instrument;
import org.opencounter.market.LatestPrices;
import org.opencounter.market.PriceBand;
import org.opencounter.market.PriceLimits;
import org.opencounter.market.Quote;
import org.opencounter.market.Securities;
import org.opencounter.market.TradingCalendar;
import org.opencounter.orders.OrdersProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The built-in exchange (the default gateway): one order book per security, matched on its own thread, answering
 * with execution reports as a real exchange does — after the order was sent, one report at a time. Reports that
 * cannot be delivered (the database is away) are kept and delivered again on the next sweep.
 */
@Component
@ConditionalOnProperty(name = "opencounter.orders.gateway", havingValue = "SIMULATED", matchIfMissing = true)
public class SimulatedExchange implements ExchangeGateway, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SimulatedExchange.class);

    private final ExecutorService venue = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "simulated-exchange");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, OrderBook> books = new HashMap<>();
    private final Deque<ExecutionReport> undelivered = new ArrayDeque<>();
    /** The day's accepted orders by client order id, for the trade file's rows. */
    private final Map<String, ExchangeOrder> accepted = new HashMap<>();
    private final ExecutionReportSink sink;
    private final ExchangeTradeFile tradeFile;
    private final Securities securities;
    private final LatestPrices prices;
    private final PriceLimits limits;
    private final TradingCalendar calendar;
    private final OrdersProperties.Simulated settings;
    private final Clock clock;
    private final AtomicLong ids;

    SimulatedExchange(ExecutionReportSink sink, ExchangeTradeFile tradeFile, Securities securities,
                      LatestPrices prices, PriceLimits limits, TradingCalendar calendar, OrdersProperties properties,
                      Clock clock) {
        this.sink = sink;
        this.tradeFile = tradeFile;
        this.securities = securities;
        this.prices = prices;
        this.limits = limits;
        this.calendar = calendar;
        this.settings = properties.simulated();
        this.clock = clock;
        this.ids = new AtomicLong(clock.millis() * 1000);
    }

    @Override
    public void submit(ExchangeOrder order) {
        venue.execute(() -> accept(order));
    }

    @Override
    public void cancel(ExchangeCancel cancel) {
        venue.execute(() -> {
            OrderBook book = books.get(cancel.code());
            long leaves = book == null ? 0 : book.cancel(cancel.clientOrderId());
            deliver(leaves > 0 ? report(cancel.clientOrderId(), ExecutionReport.Kind.CANCELED, 0, null, null)
                    : report(cancel.clientOrderId(), ExecutionReport.Kind.CANCEL_REJECTED, 0, null,
                    "order not open at the exchange"));
        });
    }

    /** Matches resting orders against the moved prices and retries reports that could not be delivered. */
    public void sweep() {
        venue.execute(() -> {
            retryUndelivered();
            books.forEach((code, book) -> {
                if (book.restingCount() > 0) {
                    liquidity(code).ifPresent(liquidity -> book.sweep(liquidity).forEach(this::deliverTrade));
                }
            });
        });
    }

    /** Waits until everything sent so far has been matched and reported (tests and the benchmark). */
    public void awaitIdle() {
        try {
            venue.submit(() -> { }).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The simulated exchange did not become idle", e);
        }
    }

    /** Delivers what is still undelivered, then closes the day: the books empty, as day orders end at the close. */
    @Override
    public void endOfDay() {
        venue.execute(() -> {
            retryUndelivered();
            books.clear();
            accepted.clear();
        });
        awaitIdle();
    }

    /** Empties every book: the tests start each class from a fresh database and a fresh exchange. */
    public void clear() {
        venue.execute(() -> {
            books.clear();
            accepted.clear();
            undelivered.clear();
        });
        awaitIdle();
    }

    @Override
    public void destroy() {
        venue.shutdownNow();
    }

    private void accept(ExchangeOrder order) {
        Optional<SimulatedLiquidity> liquidity = liquidity(order.code());
        if (liquidity.isEmpty()) {
            deliver(report(order.clientOrderId(), ExecutionReport.Kind.REJECTED, 0, null, "no price for " + order.code()));
            return;
        }
        accepted.put(order.clientOrderId(), order);
        deliver(report(order.clientOrderId(), ExecutionReport.Kind.NEW, 0, null, null));
        int scale = liquidity.get().reference().scale();
        BigDecimal price = order.price() == null ? null : order.price().setScale(scale, RoundingMode.UNNECESSARY);
        OrderBook.Outcome outcome = book(order.code()).execute(new OrderBook.Incoming(order.clientOrderId(),
                order.side(), order.type(), order.quantity(), price), liquidity.get());
        outcome.fills().forEach(this::deliverTrade);
        if (outcome.canceled() > 0) {
            deliver(report(order.clientOrderId(), ExecutionReport.Kind.CANCELED, 0, null, "remainder canceled"));
        }
    }

    private OrderBook book(String code) {
        return books.computeIfAbsent(code, c -> new OrderBook());
    }

    private Optional<SimulatedLiquidity> liquidity(String code) {
        Optional<Instrument> instrument = securities.find(code);
        Optional<Quote> quote = prices.quote(code);
        if (instrument.isEmpty() || quote.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = calendar.today();
        PriceBand band = limits.bandOn(code, quote.get().previousCloseOn(today), today);
        BigDecimal latest = quote.get().price().setScale(instrument.get().priceScale(), RoundingMode.HALF_UP);
        return Optional.of(SimulatedLiquidity.around(latest, instrument.get().tickSize(), band, settings.levels(),
                settings.levelValue(), instrument.get().lotSize()));
    }

    /** Records the trade in the day's trade file, as the exchange's own record, then reports it. */
    private void deliverTrade(OrderBook.Fill fill) {
        ExecutionReport report = report(fill.clientOrderId(), ExecutionReport.Kind.TRADE, fill.quantity(),
                fill.price(), null);
        ExchangeOrder order = accepted.get(fill.clientOrderId());
        try {
            tradeFile.append(new ExchangeTrade(order.tradeDate(), report.execId(), order.clientOrderId(),
                    order.securitiesAccount(), order.code(), order.side(), report.lastQuantity(), report.lastPrice(),
                    report.at()));
        } catch (RuntimeException e) {
            log.error("Trade {} of order {} not written to the trade file: {}", report.execId(),
                    report.clientOrderId(), e.getMessage());
        }
        deliver(report);
    }

    private ExecutionReport report(String clientOrderId, ExecutionReport.Kind kind, long quantity, BigDecimal price,
                                   String text) {
        return new ExecutionReport("SIM" + ids.incrementAndGet(), clientOrderId, "SIM-" + clientOrderId, kind,
                quantity, price, text, clock.instant());
    }

    private void deliver(ExecutionReport report) {
        try {
            sink.receive(report);
        } catch (RuntimeException e) {
            log.error("Execution report {} for order {} not delivered; it will be retried: {}", report.execId(),
                    report.clientOrderId(), e.getMessage());
            undelivered.add(report);
        }
    }

    private void retryUndelivered() {
        List<ExecutionReport> retry = new ArrayList<>(undelivered);
        undelivered.clear();
        retry.forEach(this::deliver);
    }
}
