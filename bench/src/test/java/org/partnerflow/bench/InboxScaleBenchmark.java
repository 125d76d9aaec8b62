package org.partnerflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.partnerflow.BenchApplication;
import org.partnerflow.bench.ResultTable.Row;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestPeople;
import org.partnerflow.testsupport.TestReferrals;
import org.partnerflow.workflow.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Workload (c): the first and the tenth page of a Named Person's inbox (what the task list's grid
 * asks for: the count up to 1,001 and a page of 50, through {@link TaskInbox}) with 1k, 10k and 100k open tasks
 * offered to their group. Baseline: the same pages at the smallest size; target p95 at 100k ≤ 1.2 ×
 * p95 at 1k. The open tasks beyond the few raised through the application are copies of those real
 * tasks (see {@link ClonedRows}), spread over 40 days of due dates. The plans PostgreSQL chose at each
 * size are written to {@code target/bench/inbox-plans.txt}.
 */
@SpringBootTest(classes = BenchApplication.class)
@ActiveProfiles("test")
class InboxScaleBenchmark {

    private static final int[] SIZES = Arrays.stream(System.getProperty("bench.inboxSizes", "1000,10000,100000").split(","))
            .mapToInt(s -> Integer.parseInt(s.strip())).toArray();
    private static final int REPS = Integer.getInteger("bench.latencyReps", 50);
    private static final int PAGE = 50;
    private static final List<String> TABLES = List.of("act_ru_identitylink", "act_ru_task");

    @Autowired
    DataSource dataSource;
    @Autowired
    TaskInbox inbox;
    @Autowired
    TaskService tasks;
    @Autowired
    TestPeople people;
    @Autowired
    TestReferrals referrals;

    @Test
    void inboxPagesStayFlatAsOpenTasksGrow() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).as("the benchmark runs on PostgreSQL").isEqualTo("PostgreSQL");
        }
        assertThat(SIZES[0]).as("the smallest inbox has a tenth page").isGreaterThan(9 * PAGE);
        String practitioner = people.ensure(Role.PRACTITIONER);
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        for (int i = 0; i < 10; i++) {
            referrals.raise(practitioner, "Inbox" + i, null, "no");
        }
        ClonedRows rows = new ClonedRows(dataSource);
        rows.analyze(TABLES);
        // The templates: open tasks offered to the school's Named Persons (TestReferrals raises at the test
        // Named Person's school) and not yet claimed.
        String schoolsNamedPersons = TestPeople.NAMED_PERSON_FOR.get(0);
        String templates = "select task_id_ from act_ru_identitylink where type_ = 'candidate' and group_id_ = '"
                + schoolsNamedPersons + "' and task_id_ not like '" + ClonedRows.PREFIX + "%'";
        long templateCount = tasks.createTaskQuery().taskCandidateGroup(schoolsNamedPersons).count();
        List<Row> table = new ArrayList<>();
        StringBuilder plans = new StringBuilder();
        int copiesSoFar = 0;
        double[] baseline = null;
        try {
            for (int size : SIZES) {
                long open = countAs(namedPerson);
                int copies = (int) Math.max(0, Math.ceil((size - open) / (double) templateCount));
                if (copies > 0) {
                    rows.copy("act_ru_task", "t.id_ in (" + templates + ")", copiesSoFar + 1, copies, Map.of(
                            "due_date_", "coalesce(t.due_date_, t.create_time_) + ((g % 40) - 20) * interval '1 day'",
                            "create_time_", "t.create_time_ - g * interval '1 second'",
                            // Copies belong to the real referrals (the table's foreign keys want a real execution).
                            "execution_id_", "t.execution_id_", "proc_inst_id_", "t.proc_inst_id_"));
                    rows.copy("act_ru_identitylink", "t.task_id_ in (" + templates + ")", copiesSoFar + 1, copies, Map.of());
                    copiesSoFar += copies;
                    rows.analyze(TABLES);
                }
                long inInbox = countAs(namedPerson);
                Measurement first = measure(namedPerson, 0);
                Measurement tenth = measure(namedPerson, 9 * PAGE);
                double[] p95 = {Measurement.quantileMillis(List.of(first), 0.95), Measurement.quantileMillis(List.of(tenth), 0.95)};
                if (baseline == null) {
                    baseline = p95;
                }
                String label = String.format(Locale.UK, "%,d open tasks", inInbox);
                table.add(row("c. inbox first page, " + label, first, baseline[0], p95[0], SIZES[0]));
                table.add(row("c. inbox tenth page, " + label, tenth, baseline[1], p95[1], SIZES[0]));
                plans.append(plans(namedPerson, label));
            }
        } finally {
            rows.removeAll(TABLES);
        }
        ResultTable.write("inbox", table, String.format(Locale.UK,
                "(%d reads per line, one reader; the count (up to 1,001) and a page of %d, as the task list asks; ratio = p95 / p95 at the smallest size)",
                REPS, PAGE));
        Files.writeString(Files.createDirectories(Path.of("target", "bench")).resolve("inbox-plans.txt"), plans);
        assertThat(table).allSatisfy(r -> assertThat(r.p95()).isPositive());
    }

    /** PostgreSQL's plans of the statements the tenth page and the count sent, with their parameters. */
    private String plans(String person, String label) throws Exception {
        people.signInAs(person);
        try {
            var page = CapturedStatements.during(() -> inbox.page(TaskInbox.Filter.NONE, 9 * PAGE, PAGE));
            var count = CapturedStatements.during(() -> inbox.countUpTo(TaskInbox.Filter.NONE, inbox.countedUpTo()));
            return "# Inbox with " + label + "\n\n## Offers counted (chooses the query's shape)\n\n"
                    + CapturedStatements.plan(dataSource, page, sql -> sql.toUpperCase().contains("ACT_RU_IDENTITYLINK"))
                    + "\n## Tenth page\n\n" + CapturedStatements.plan(dataSource, page, sql -> sql.toUpperCase().contains("ACT_RU_TASK"))
                    + "\n## Count\n\n" + CapturedStatements.plan(dataSource, count, sql -> sql.toUpperCase().contains("ACT_RU_TASK")) + "\n";
        } finally {
            people.signOut();
        }
    }

    private long countAs(String person) {
        people.signInAs(person);
        try {
            return inbox.count(TaskInbox.Filter.NONE);
        } finally {
            people.signOut();
        }
    }

    /** The grid's two calls for one page, as the Named Person, REPS times after a few unmeasured ones. */
    private Measurement measure(String person, int offset) throws Exception {
        Runnable read = () -> {
            if (SecurityContextHolder.getContext().getAuthentication() == null) {
                people.signInAs(person);
            }
            inbox.countUpTo(TaskInbox.Filter.NONE, inbox.countedUpTo());
            assertThat(inbox.page(TaskInbox.Filter.NONE, offset, PAGE)).isNotEmpty();
        };
        // As many unmeasured reads first: the first size must not pay for the JIT's warm-up.
        Measurement.of(1, REPS, i -> read.run());
        return Measurement.of(1, REPS, i -> read.run());
    }

    private static Row row(String workload, Measurement m, double baselineP95, double p95, int baselineSize) {
        return new Row(workload, m.operations(), m.throughput(), Measurement.quantileMillis(List.of(m), 0.5), p95,
                String.format(Locale.UK, "p95 at %,d", baselineSize), baselineP95, p95 / baselineP95, "≤ 1.2");
    }
}
