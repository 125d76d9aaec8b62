package org.partnerflow.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dates and times are formatted in one place, {@link Words}, in Europe/London: a formatter of its own
 * or the server's zone anywhere else in the app or the views is how "4 Mar" beside "2015-03-04", or a
 * time an hour out in summer, came back.
 */
class OneDateFormatterTest {

    private static final List<String> FORBIDDEN = List.of("DateTimeFormatter.ofPattern", "ZoneId.systemDefault", "new SimpleDateFormat");

    @Test
    void noFormatterOrServerZoneOutsideWords() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> offenders;
        try (Stream<Path> files = Stream.of(root.resolve("app/src/main/java"), root.resolve("ui/src/main/java"))
                .filter(Files::isDirectory).flatMap(OneDateFormatterTest::walk)) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.endsWith(Path.of("org/partnerflow/words/Words.java")))
                    .flatMap(f -> lines(f).stream().filter(l -> FORBIDDEN.stream().anyMatch(l::contains))
                            .map(l -> root.relativize(f) + ": " + l.strip()))
                    .toList();
        }
        assertThat(root.resolve("ui/src/main/java")).as("the views' sources are beside the app's").isDirectory();
        assertThat(offenders).as("format dates with Words.date/dateTime/dateTimeSeconds/shortDate/dayMonth").isEmpty();
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
