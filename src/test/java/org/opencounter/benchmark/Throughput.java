package org.opencounter.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Operations done by several threads at once: how many per second, and how long each took. */
record Throughput(int threads, int operations, long elapsedNanos, Latencies latencies) {

    /** One operation: the thread's number and the operation's number within the thread. */
    @FunctionalInterface
    interface Operation {
        void run(int thread, int index) throws Exception;
    }

    double perSecond() {
        return operations / (elapsedNanos / 1e9);
    }

    /** Runs each thread's share of the operations, all threads released together, and times every operation. */
    static Throughput measure(int threads, int perThread, Operation operation) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<long[]>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                workers.add(pool.submit(() -> {
                    long[] nanos = new long[perThread];
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        long began = System.nanoTime();
                        operation.run(thread, i);
                        nanos[i] = System.nanoTime() - began;
                    }
                    return nanos;
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            long[] all = new long[threads * perThread];
            for (int t = 0; t < threads; t++) {
                System.arraycopy(workers.get(t).get(), 0, all, t * perThread, perThread);
            }
            long elapsed = System.nanoTime() - began;
            return new Throughput(threads, all.length, elapsed, Latencies.ofNanos(all));
        } finally {
            pool.shutdownNow();
        }
    }
}
