package org.opencounter.orders.exchange;

/**
 * The way to the exchange: orders and cancels go out, execution reports come back asynchronously to the
 * {@link ExecutionReportSink}. Adapters: the built-in simulated exchange (default) and FIX 4.4.
 */
public interface ExchangeGateway {

    void submit(ExchangeOrder order);

    void cancel(ExchangeCancel cancel);

    /** The trading day is over: day orders no longer rest at the exchange (the end of day expires them here). */
    void endOfDay();
}
