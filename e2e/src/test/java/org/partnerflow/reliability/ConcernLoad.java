package org.partnerflow.reliability;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Wellbeing concerns raised by several clients at once over HTTP, each about a child of its own
 * (family name {@code <run>-<n>}), and what the clients saw: which were acknowledged (with their
 * process instance id), which were in flight when the node was killed (outcome unknown to the client),
 * which were never sent because the node was down, and any answer other than an acknowledgement.
 */
final class ConcernLoad {

    final String run;
    final Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
    final Set<Integer> inFlightWhenKilled = ConcurrentHashMap.newKeySet();
    final Set<Integer> notSent = ConcurrentHashMap.newKeySet();
    final List<String> errors = new CopyOnWriteArrayList<>();
    private volatile long killedAt = Long.MAX_VALUE;

    ConcernLoad(String run) {
        this.run = run;
    }

    String familyName(int n) {
        return run + "-" + n;
    }

    /**
     * Raises a concern for each of {@code numbers} with {@code clients} threads, spreading them over
     * {@code nodes} in turn; {@code acknowledgedSoFar} hears the running count after each
     * acknowledgement (a test may kill the node there). A client stops at its first failed request.
     */
    void raise(Collection<Integer> numbers, List<AppNode> nodes, int clients, boolean immediateRisk,
               IntConsumer acknowledgedSoFar) throws Exception {
        Queue<Integer> pending = new ConcurrentLinkedQueue<>(numbers);
        AtomicInteger turn = new AtomicInteger();
        AtomicInteger count = new AtomicInteger(acknowledged.size());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    Integer n;
                    while ((n = pending.poll()) != null) {
                        long sentAt = System.nanoTime();
                        try {
                            String id = nodes.get(turn.getAndIncrement() % nodes.size()).raiseConcern(familyName(n), immediateRisk);
                            acknowledged.put(n, id);
                            acknowledgedSoFar.accept(count.incrementAndGet());
                        } catch (IOException transport) {
                            if (killedAt == Long.MAX_VALUE) {
                                errors.add(n + ": " + transport);
                            } else if (sentAt < killedAt) {
                                inFlightWhenKilled.add(n);
                            } else {
                                notSent.add(n);
                            }
                            return null;
                        } catch (IllegalStateException answered) {
                            errors.add(n + ": " + answered.getMessage());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        notSent.addAll(pending);
    }

    /** Kills the node with SIGKILL; requests sent before this moment and failing count as in flight. */
    void kill(AppNode node) throws InterruptedException {
        killedAt = System.nanoTime();
        node.kill();
    }
}
