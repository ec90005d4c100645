package org.opencounter.benchmark;

import java.util.Arrays;

/** The durations of many runs of one operation, sorted, with their percentiles in milliseconds. */
final class Latencies {

    private final double[] millis;

    private Latencies(double[] millis) {
        this.millis = millis;
        Arrays.sort(this.millis);
    }

    static Latencies ofNanos(long[] nanos) {
        return new Latencies(Arrays.stream(nanos).mapToDouble(n -> n / 1e6).toArray());
    }

    static Latencies ofMillis(double[] millis) {
        return new Latencies(millis.clone());
    }

    int count() {
        return millis.length;
    }

    /** The value below which the given share of the runs fall (nearest rank), e.g. 0.99 for p99. */
    double percentile(double share) {
        int rank = (int) Math.ceil(millis.length * share);
        return millis[Math.max(0, Math.min(millis.length, rank) - 1)];
    }

    double p50() {
        return percentile(0.50);
    }

    double p95() {
        return percentile(0.95);
    }

    double p99() {
        return percentile(0.99);
    }

    double max() {
        return millis[millis.length - 1];
    }
}
