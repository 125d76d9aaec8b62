package org.partnerflow.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a reliability test measured, in the order measured, written to
 * {@code target/reliability/<test>.properties} so the figures in docs/reliability.md can be checked
 * against a run.
 */
final class Figures {

    private final String test;
    private final Map<String, Object> values = new LinkedHashMap<>();

    Figures(String test) {
        this.test = test;
    }

    Figures put(String key, Object value) {
        values.put(key, value);
        return this;
    }

    void write() throws IOException {
        Path file = Path.of("target", "reliability", test + ".properties");
        Files.createDirectories(file.getParent());
        Files.writeString(file, values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(System.lineSeparator(), "", System.lineSeparator())));
        System.out.println(test + ": " + values);
    }
}
