package org.opencounter.benchmark;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Follows a settlement run as its progress page does, by polling its step, and notes how long each step took.
 * Steps shorter than the polling interval may be missed; their time counts towards the step before.
 */
final class SettlementWatch implements AutoCloseable {

    private static final long POLL_MILLIS = 20;

    private final JdbcClient jdbc;
    private final LocalDate tradeDate;
    private final Map<String, Long> stepNanos = new LinkedHashMap<>();
    private final Thread poller;
    private volatile boolean watching = true;

    SettlementWatch(JdbcClient jdbc, LocalDate tradeDate) {
        this.jdbc = jdbc;
        this.tradeDate = tradeDate;
        this.poller = new Thread(this::poll, "settlement-watch");
        poller.setDaemon(true);
        poller.start();
    }

    private void poll() {
        String current = null;
        long since = System.nanoTime();
        while (watching) {
            String step = jdbc.sql("select step from orders_settlement_run where trade_date = ?")
                    .param(Date.valueOf(tradeDate)).query(String.class).optional().orElse(null);
            long now = System.nanoTime();
            if (step != null && !step.equals(current)) {
                if (current != null) {
                    stepNanos.merge(current, now - since, Long::sum);
                }
                current = step;
                since = now;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Each step seen and its seconds, in the order they ran. */
    String steps() {
        StringBuilder out = new StringBuilder();
        stepNanos.forEach((step, nanos) -> out.append(out.isEmpty() ? "" : ", ")
                .append(String.format(java.util.Locale.ROOT, "%s %.1f s", step, nanos / 1e9)));
        return out.toString();
    }

    @Override
    public void close() throws InterruptedException {
        watching = false;
        poller.join();
    }
}
