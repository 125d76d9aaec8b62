package org.partnerflow.e2e;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * WCAG 2.1 AA checks with axe-core in the real browser: a page passes when axe finds no serious or
 * critical violation. Every result is kept under {@code target/axe/} for reading.
 */
final class Accessibility {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    /** The serious and critical violations on the page now, as lines to read; empty when it passes. */
    static List<String> violations(Browser browser, String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver());
        try {
            Path dir = Files.createDirectories(Path.of("target", "axe"));
            Files.writeString(dir.resolve(page + ".txt"), results.getViolations().stream().map(Accessibility::describe)
                    .collect(Collectors.joining("\n")) + "\n" + results.getPasses().size() + " rules passed\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return results.getViolations().stream().filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(r -> page + ": " + describe(r)).toList();
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") at "
                + rule.getNodes().stream().limit(3).map(n -> n.getTarget() + " [" + n.getFailureSummary() + "] " + n.getHtml())
                .collect(Collectors.joining(", "));
    }
}
