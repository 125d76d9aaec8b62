package org.partnerflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** A workload's lines of the benchmark table: printed, and written as text and CSV under {@code target/bench/}. */
final class ResultTable {

    /** One line: the workload against its baseline; for latency workloads the ratio compares p95s. */
    record Row(String workload, int operations, double throughput, double p50, double p95, String baseline, double baselineValue,
               double ratio, String target) {
    }

    private ResultTable() {
    }

    /** Prints the rows and writes them to {@code target/bench/<name>.csv} and {@code .txt}, with a closing note. */
    static void write(String name, List<Row> rows, String note) throws IOException {
        StringBuilder table = new StringBuilder(String.format(Locale.UK, "%n%-55s %6s %9s %8s %8s  %-34s %9s %6s %s%n", "workload", "ops",
                "per s", "p50 ms", "p95 ms", "baseline", "value", "ratio", "target"));
        StringBuilder csv = new StringBuilder("workload,operations,throughput_per_s,p50_ms,p95_ms,baseline,baseline_value,ratio,target\n");
        for (Row r : rows) {
            table.append(String.format(Locale.UK, "%-55s %6d %9.1f %8.1f %8.1f  %-34s %9.1f %6.2f %s%n", r.workload(), r.operations(),
                    r.throughput(), r.p50(), r.p95(), r.baseline(), r.baselineValue(), r.ratio(), r.target()));
            csv.append(String.format(Locale.UK, "\"%s\",%d,%.2f,%.2f,%.2f,\"%s\",%.2f,%.3f,\"%s\"%n", r.workload(), r.operations(),
                    r.throughput(), r.p50(), r.p95(), r.baseline(), r.baselineValue(), r.ratio(), r.target()));
        }
        table.append(note).append(System.lineSeparator());
        System.out.println(table);
        Path dir = Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(dir.resolve(name + ".csv"), csv);
        Files.writeString(dir.resolve(name + ".txt"), table);
    }
}
