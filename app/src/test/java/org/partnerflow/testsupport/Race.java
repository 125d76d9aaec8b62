package org.partnerflow.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs actions on their own threads, released together by a barrier, so they really contend for the
 * same rows. Each outcome is the action's failure, or null if it succeeded.
 */
public final class Race {

    /** One contender: signs in on its thread (thread-local), then acts. */
    public record Contender(Runnable signIn, Runnable action) {
    }

    private Race() {
    }

    public static List<Throwable> run(TestPeople people, List<Contender> contenders) throws Exception {
        CyclicBarrier start = new CyclicBarrier(contenders.size());
        ExecutorService threads = Executors.newFixedThreadPool(contenders.size());
        try {
            List<Future<Throwable>> outcomes = new ArrayList<>();
            for (Contender contender : contenders) {
                outcomes.add(threads.submit(() -> {
                    contender.signIn().run();
                    try {
                        start.await(30, TimeUnit.SECONDS);
                        contender.action().run();
                        return null;
                    } catch (RuntimeException failure) {
                        return failure;
                    } finally {
                        people.signOut();
                    }
                }));
            }
            List<Throwable> results = new ArrayList<>();
            for (Future<Throwable> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
