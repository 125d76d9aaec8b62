package org.partnerflow.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Counts the inputs a hostile-input test tried, per property, and writes them to
 * {@code target/hostile-input/<test>.properties}, so {@code docs/reliability.md} quotes measured
 * numbers rather than the configured ones.
 */
public final class InputsTried {

    private final String test;
    private final Map<String, AtomicLong> counts = new TreeMap<>();

    public InputsTried(Class<?> test) {
        this.test = test.getSimpleName();
    }

    public synchronized void add(String property, long inputs) {
        counts.computeIfAbsent(property, p -> new AtomicLong()).addAndGet(inputs);
    }

    public void add(String property) {
        add(property, 1);
    }

    public synchronized long of(String property) {
        AtomicLong count = counts.get(property);
        return count == null ? 0 : count.get();
    }

    public synchronized void write() {
        try {
            Path dir = Files.createDirectories(Path.of("target", "hostile-input"));
            String lines = counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(System.lineSeparator(), "", System.lineSeparator()));
            Files.writeString(dir.resolve(test + ".properties"), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
