package org.opencounter.orders.exchange;

/** Where a gateway delivers execution reports; processing is idempotent by execution id. */
public interface ExecutionReportSink {

    void receive(ExecutionReport report);
}
