package org.partnerflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.partnerflow.BenchApplication;
import org.partnerflow.bench.ResultTable.Row;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestPeople;
import org.partnerflow.testsupport.TestReferrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Workloads (a) referral start, (b) task completion and (f) PostgreSQL's own single-row commit
 * limit, each against its baseline measured in the same run on the same database: the application's
 * own path (forms validated, case records written, the engine in the same transaction) against the
 * raw engine on a process of the same shape. Reported as ratios, medians of several runs and pooled
 * p50/p95; written to {@code target/bench/results.csv}. Nothing here asserts a time.
 */
@SpringBootTest(classes = BenchApplication.class)
@ActiveProfiles("test")
class EngineRatioBenchmark {

    private static final int CONCERNS = Integer.getInteger("bench.concerns", 200);
    private static final int WORKERS = Integer.getInteger("bench.workers", 4);
    private static final int RUNS = Integer.getInteger("bench.runs", 3);
    private static final String BASELINE = "bench-baseline-referral";

    @Autowired
    DataSource dataSource;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    TestPeople people;
    @Autowired
    TestReferrals referrals;
    @Value("${spring.datasource.url}")
    String url;
    @Value("${spring.datasource.username:postgres}")
    String user;

    @Test
    void theApplicationPathAgainstTheRawEngineAndPostgresLimit() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).as("the benchmark runs on PostgreSQL (set SPRING_DATASOURCE_URL)")
                    .isEqualTo("PostgreSQL");
        }
        repository.createDeployment().name("benchmark baseline").addClasspathResource("bench/baseline-referral.bpmn").deploy();
        String practitioner = people.ensure(Role.PRACTITIONER);
        String namedPerson = people.ensure(Role.NAMED_PERSON);

        // Warm-up: class loading, JIT and the connection pool, not measured.
        round(practitioner, namedPerson, Math.min(20, CONCERNS), "warm", new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());

        List<Measurement> appStarts = new ArrayList<>();
        List<Measurement> rawStarts = new ArrayList<>();
        List<Measurement> appCompletions = new ArrayList<>();
        List<Measurement> rawCompletions = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            round(practitioner, namedPerson, CONCERNS, "r" + run, appStarts, rawStarts, appCompletions, rawCompletions);
        }
        double pgbench = pgbenchSingleRowCommits();
        writeStatementsPerStep(practitioner, namedPerson);

        List<Row> rows = new ArrayList<>();
        rows.add(row("a. referral start (app path)", appStarts, "raw engine start, same shape", rawStarts, "≥ 0.9"));
        rows.add(row("b. assessment completion (validated form)", appCompletions, "raw TaskService.complete", rawCompletions, "≥ 0.9"));
        double engineTps = Measurement.medianThroughput(rawStarts);
        rows.add(new Row("f. raw engine starts vs PostgreSQL single-row commits", 0, engineTps, 0, 0, "pgbench -N single-row insert",
                pgbench, pgbench > 0 ? engineTps / pgbench : Double.NaN, "report"));
        ResultTable.write("results", rows, String.format(Locale.UK,
                "(%d concerns per run, %d workers, %d runs; throughput is the median of the runs)", CONCERNS, WORKERS, RUNS));
        assertThat(rows).allSatisfy(r -> assertThat(r.throughput()).isPositive());
    }

    /** One round of every workload; the order alternates so neither side always runs on a warmer system. */
    /**
     * Family names are unique to the run: a second concern with the same names and birth date is a
     * possible match that waits for the Named Person's check instead of the assessment measured here.
     */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    private void round(String practitioner, String namedPerson, int n, String tag, List<Measurement> appStarts, List<Measurement> rawStarts,
                       List<Measurement> appCompletions, List<Measurement> rawCompletions) throws Exception {
        List<ProcessInstance> app = new CopyOnWriteArrayList<>(Collections.nCopies(n, null));
        List<String> raw = new CopyOnWriteArrayList<>(Collections.nCopies(n, null));
        boolean rawFirst = tag.hashCode() % 2 == 0;
        Measurement appStart = null;
        Measurement rawStart = null;
        for (int side = 0; side < 2; side++) {
            if ((side == 0) == rawFirst) {
                rawStart = Measurement.of(WORKERS, n, i -> raw.set(i, runtime.startProcessInstanceByKey(BASELINE,
                        Map.of("childFamilyName", "Bench " + tag + " " + i)).getId()));
            } else {
                appStart = Measurement.of(WORKERS, n, i -> app.set(i, referrals.raise(practitioner, "Bench" + tag + RUN + "x" + i, null, "no")));
            }
        }
        Measurement appComplete = null;
        Measurement rawComplete = null;
        for (int side = 0; side < 2; side++) {
            if ((side == 0) == rawFirst) {
                rawComplete = Measurement.of(WORKERS, n, i -> tasks.complete(
                        tasks.createTaskQuery().processInstanceId(raw.get(i)).singleResult().getId()));
            } else {
                appComplete = Measurement.of(WORKERS, n, i -> referrals.work(app.get(i), "Activity_NamedPersonAssessment", namedPerson,
                        TestReferrals.assessment("Healthy", 3L, false)));
            }
        }
        appStarts.add(appStart);
        rawStarts.add(rawStart);
        appCompletions.add(appComplete);
        rawCompletions.add(rawComplete);
    }

    private static Row row(String workload, List<Measurement> runs, String baseline, List<Measurement> baselineRuns, String target) {
        double throughput = Measurement.medianThroughput(runs);
        double base = Measurement.medianThroughput(baselineRuns);
        return new Row(workload, runs.stream().mapToInt(Measurement::operations).sum(), throughput, Measurement.quantileMillis(runs, 0.5),
                Measurement.quantileMillis(runs, 0.95), baseline, base, throughput / base, target);
    }

    /**
     * What the gap is made of: the SQL statements one start and one completion send on each side, by
     * statement, written to {@code target/bench/statements.txt}.
     */
    private void writeStatementsPerStep(String practitioner, String namedPerson) throws IOException {
        ProcessInstance[] referral = new ProcessInstance[1];
        String[] raw = new String[1];
        var appStart = CapturedStatements.during(() -> referral[0] = referrals.raise(practitioner, "Statements" + RUN, null, "no"));
        var rawStart = CapturedStatements.during(() -> raw[0] = runtime.startProcessInstanceByKey(BASELINE,
                Map.of("childFamilyName", "Statements")).getId());
        var appComplete = CapturedStatements.during(() -> referrals.work(referral[0], "Activity_NamedPersonAssessment", namedPerson,
                TestReferrals.assessment("Healthy", 3L, false)));
        var rawComplete = CapturedStatements.during(() -> tasks.complete(
                tasks.createTaskQuery().processInstanceId(raw[0]).singleResult().getId()));
        StringBuilder text = new StringBuilder();
        for (var side : List.of(Map.entry("a. referral start, application path", appStart), Map.entry("a. baseline start", rawStart),
                Map.entry("b. assessment completion, application path (sign-in of the test harness included)", appComplete),
                Map.entry("b. baseline completion (task looked up, then completed)", rawComplete))) {
            text.append("## ").append(side.getKey()).append(": ").append(side.getValue().size()).append(" statements\n");
            side.getValue().stream().map(st -> st.sql().strip().replaceAll("\\s+", " "))
                    .map(sql -> sql.length() > 90 ? sql.substring(0, 90) + "…" : sql)
                    .collect(java.util.stream.Collectors.groupingBy(sql -> sql, java.util.TreeMap::new, java.util.stream.Collectors.counting()))
                    .forEach((sql, n) -> text.append(String.format(Locale.UK, "%4d  %s%n", n, sql)));
            text.append('\n');
        }
        Files.writeString(Files.createDirectories(Path.of("target", "bench")).resolve("statements.txt"), text);
    }

    /** pgbench's rate of single-row insert commits on the same database, with as many clients as workers; 0 if pgbench is absent. */
    private double pgbenchSingleRowCommits() throws Exception {
        Matcher m = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+)").matcher(url);
        if (!m.find()) {
            return 0;
        }
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("create table if not exists bench_commit (id bigserial primary key, v integer not null)");
        }
        Path script = Files.createTempFile("pgbench", ".sql");
        Files.writeString(script, "insert into bench_commit (v) values (1);\n");
        ProcessBuilder pb = new ProcessBuilder("pgbench", "-n", "-c", String.valueOf(WORKERS), "-j", String.valueOf(WORKERS), "-T", "5",
                "-f", script.toString(), "-h", m.group(1), "-p", m.group(2) == null ? "5432" : m.group(2), "-U", user, m.group(3));
        pb.redirectErrorStream(true);
        Process p;
        try {
            p = pb.start();
        } catch (IOException absent) {
            return 0;
        }
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(out);
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("drop table if exists bench_commit");
        }
        return tps.find() ? Double.parseDouble(tps.group(1)) : 0;
    }
}
