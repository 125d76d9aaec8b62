package org.partnerflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.partnerflow.BenchApplication;
import org.partnerflow.audit.HistoryTimeline;
import org.partnerflow.bench.ResultTable.Row;
import org.partnerflow.identity.Role;
import org.partnerflow.referral.WellbeingConcerns;
import org.partnerflow.testsupport.TestPeople;
import org.partnerflow.testsupport.TestReferrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Workload (d): a manager opening a case's history timeline ({@link HistoryTimeline}: the engine's
 * history of the case merged with its chronology and access log) with about 10k history rows in the
 * engine's tables, then with at least a million (default; {@code bench.historyRows}). Target: p95 at
 * the large size ≤ 1.2 × p95 at 10k. The measured cases are real referrals walked to closure; the other
 * history is copies of their history under other process instances (see {@link ClonedRows}).
 */
@SpringBootTest(classes = BenchApplication.class)
@ActiveProfiles("test")
class TimelineScaleBenchmark {

    private static final int SMALL = Integer.getInteger("bench.historySmall", 10_000);
    private static final int LARGE = Integer.getInteger("bench.historyRows", 1_000_000);
    private static final int REPS = Integer.getInteger("bench.latencyReps", 50);
    private static final int CASES = 5;
    /** The history tables a case's timeline reads (and the ones that grow with every case). */
    private static final List<String> TABLES = List.of("act_hi_procinst", "act_hi_actinst", "act_hi_taskinst", "act_hi_varinst",
            "act_hi_detail", "act_hi_op_log");

    @Autowired
    DataSource dataSource;
    @Autowired
    HistoryTimeline timeline;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    TestPeople people;
    @Autowired
    TestReferrals referrals;

    @Test
    void aCasesTimelineStaysFlatAsHistoryGrows() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).as("the benchmark runs on PostgreSQL").isEqualTo("PostgreSQL");
        }
        String practitioner = people.ensure(Role.PRACTITIONER);
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        String manager = people.ensure(Role.MANAGER);
        List<Long> caseIds = new ArrayList<>();
        List<String> instances = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            ProcessInstance referral = referrals.raise(practitioner, "Timeline" + i, null, "no");
            referrals.toClosure(referral, namedPerson);
            instances.add(referral.getId());
            caseIds.add(concerns.findByProcessInstanceId(referral.getId()).orElseThrow().getId());
        }
        String templates = instances.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", "));
        ClonedRows rows = new ClonedRows(dataSource);
        rows.analyze(TABLES);
        List<Row> table = new ArrayList<>();
        int copiesSoFar = 0;
        double baselineP95 = 0;
        try {
            for (int size : new int[] {SMALL, LARGE}) {
                long have = historyRows(rows);
                long perCopy = templateRows(templates);
                int copies = (int) Math.max(0, Math.ceil((size - have) / (double) perCopy));
                // In slices, so no single statement holds millions of rows in one transaction.
                for (int done = 0; done < copies; done += 500) {
                    int slice = Math.min(500, copies - done);
                    for (String t : TABLES) {
                        rows.copy(t, "t.proc_inst_id_ in (" + templates + ")", copiesSoFar + done + 1, slice, Map.of());
                    }
                }
                copiesSoFar += copies;
                rows.analyze(TABLES);
                long total = historyRows(rows);
                Measurement m = measure(manager, caseIds);
                double p95 = Measurement.quantileMillis(List.of(m), 0.95);
                if (baselineP95 == 0) {
                    baselineP95 = p95;
                }
                table.add(new Row(String.format(Locale.UK, "d. case history timeline, %,d history rows", total), m.operations(),
                        m.throughput(), Measurement.quantileMillis(List.of(m), 0.5), p95,
                        String.format(Locale.UK, "p95 at ~%,d rows", SMALL), baselineP95, p95 / baselineP95, "≤ 1.2"));
            }
        } finally {
            rows.removeAll(TABLES);
        }
        ResultTable.write("timeline", table, String.format(Locale.UK,
                "(%d reads per line over %d closed cases, one reader, signed in as a manager; ratio = p95 / p95 at the small size)",
                REPS, CASES));
        assertThat(table).allSatisfy(r -> assertThat(r.p95()).isPositive());
    }

    private long historyRows(ClonedRows rows) throws Exception {
        long total = 0;
        for (String t : TABLES) {
            total += rows.count(t);
        }
        return total;
    }

    private long templateRows(String templates) throws Exception {
        long total = 0;
        try (Connection c = dataSource.getConnection()) {
            for (String t : TABLES) {
                var rs = c.createStatement().executeQuery("select count(*) from " + t + " where proc_inst_id_ in (" + templates + ")");
                rs.next();
                total += rs.getLong(1);
            }
        }
        return total;
    }

    private Measurement measure(String manager, List<Long> caseIds) throws Exception {
        // As many unmeasured reads first: the first size must not pay for the JIT's warm-up.
        Measurement.of(1, REPS, i -> read(manager, caseIds.get(i % caseIds.size())));
        return Measurement.of(1, REPS, i -> read(manager, caseIds.get(i % caseIds.size())));
    }

    private void read(String manager, long caseId) {
        if (SecurityContextHolder.getContext().getAuthentication() == null) {
            people.signInAs(manager);
        }
        assertThat(timeline.of("case", caseId)).hasValueSatisfying(t -> assertThat(t.events()).isNotEmpty());
    }
}
