package org.partnerflow.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** N operations shared by K workers: throughput over the wall time, and every operation's latency. */
record Measurement(int operations, double throughput, List<Long> latenciesNanos) {

    static Measurement of(int workers, int operations, IntConsumer operation) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < operations; i = next.getAndIncrement()) {
                    long t = System.nanoTime();
                    operation.accept(i);
                    latencies.add(System.nanoTime() - t);
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get(); // an operation that failed fails the measurement
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        return new Measurement(operations, operations / seconds, new ArrayList<>(latencies));
    }

    /** The q-quantile (0..1) of the latencies of several measurements, in milliseconds. */
    static double quantileMillis(List<Measurement> runs, double q) {
        List<Long> all = new ArrayList<>();
        runs.forEach(m -> all.addAll(m.latenciesNanos()));
        Collections.sort(all);
        if (all.isEmpty()) {
            return 0;
        }
        int index = (int) Math.min(all.size() - 1, Math.ceil(q * all.size()) - 1);
        return all.get(Math.max(0, index)) / 1e6;
    }

    /** The median throughput of several runs (the machines are noisy: one slow run does not decide). */
    static double medianThroughput(List<Measurement> runs) {
        List<Double> t = new ArrayList<>(runs.stream().map(Measurement::throughput).toList());
        Collections.sort(t);
        int n = t.size();
        return n % 2 == 1 ? t.get(n / 2) : (t.get(n / 2 - 1) + t.get(n / 2)) / 2;
    }
}
