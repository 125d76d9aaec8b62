package org.partnerflow.workflow;

import org.partnerflow.words.Words;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import kotlin.jvm.functions.Function1;
import org.junit.jupiter.api.Test;
import org.partnerflow.KaribuSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestPeople;
import org.partnerflow.testsupport.TestReferrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Workload (e) of the benchmark (docs/performance.md): the live heap one signed-in UI session holds
 * with the inbox open. N distinct people sign in, each into their own HTTP session, Vaadin session
 * and UI on the application's one Vaadin service; each lands on the inbox and the grid's first page
 * is fetched as the browser would ask for it. All N stay open while the heap is measured after full
 * GCs, against the heap with none. The same harness with an empty UI (no route, nobody signed in)
 * is measured too, so the bare session's share is visible. Reported, not asserted: medians of
 * several runs, written to {@code bench/target/bench/session-memory.csv}.
 *
 * <p>Named {@code *Benchmark}, so only the bench command runs it ({@code -Pbench -pl bench -am
 * -Dtest='*Benchmark'}); the ui module's normal suite runs {@code *Test} classes only.
 */
class SessionMemoryBenchmark extends KaribuSpringTest {

    private static final int SESSIONS = Integer.getInteger("bench.sessions", 50);
    private static final int RUNS = Integer.getInteger("bench.runs", 3);
    private static final Path OUTPUT = Path.of(System.getProperty("bench.output", "../bench/target/bench"));
    // Half Named Persons with a full first page, a quarter practitioners (empty inbox), a quarter partnership leads.
    private static final Role[] MIX = {Role.NAMED_PERSON, Role.NAMED_PERSON, Role.PRACTITIONER, Role.PARTNERSHIP_LEAD};
    private static final String COMPONENT_TRACKER = "vaadin.devmode.componentTracker.enabled";
    private static final int PAGE = 50;
    private static final int REFERRALS = PAGE + 10;
    private static final int ENQUIRIES = 12;

    static {
        // The production build runs in production mode, where Vaadin's development-time component
        // tracker (the source location of every component created or attached) is off; these
        // tests run in development mode, so switch it off to measure what a server holds.
        System.setProperty(COMPONENT_TRACKER, Boolean.getBoolean("bench.componentTracker") ? "true" : "false");
    }

    @Autowired
    DataSource dataSource;
    @Autowired
    TestReferrals referrals;

    /** One state measured: its heap per session in each run. */
    record Row(String state, int sessions, List<Double> kbPerSessionRuns, String target) {
        double median() {
            List<Double> sorted = new ArrayList<>(kbPerSessionRuns);
            Collections.sort(sorted);
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }
    }

    @Test
    void heapPerSignedInSessionWithTheInboxOpen() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).as("the benchmark runs on PostgreSQL (set SPRING_DATASOURCE_URL)")
                    .isEqualTo("PostgreSQL");
        }
        List<String> signedIn = distinctPeople(SESSIONS);
        openTasks();
        // One servlet (one Vaadin service) for all sessions, as in the running application.
        MockSpringServlet application = new MockSpringServlet(ROUTES, context, UI::new);
        MockSpringServlet empty = new MockSpringServlet(new Routes(), context, UI::new);
        List<String> nobody = Collections.nCopies(SESSIONS, null);
        Function1<FakeHttpSession, FakeRequest> plainRequests = MockVaadin.getMockRequestFactory();
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            if (SecurityContextHolder.getContext().getAuthentication() != null) {
                actAsSignedIn(request);
            }
            return request;
        });
        try {
            // Warm-up, not measured: class loading, the services' caches, the JIT.
            open(empty, nobody.subList(0, Math.min(10, SESSIONS)));
            open(application, signedIn.subList(0, Math.min(10, SESSIONS)));
            settle();

            Map<Role, List<String>> byRole = new LinkedHashMap<>();
            for (int i = 0; i < signedIn.size(); i++) {
                byRole.computeIfAbsent(MIX[i % MIX.length], r -> new ArrayList<>()).add(signedIn.get(i));
            }
            List<Double> bare = new ArrayList<>();
            List<Double> mix = new ArrayList<>();
            Map<Role, List<Double>> perRole = new LinkedHashMap<>();
            Map<Role, List<Integer>> rows = new LinkedHashMap<>();
            long firstNone = liveHeap();
            long lastNone = firstNone;
            histogram("none");
            for (int run = 0; run < RUNS; run++) {
                List<Opened> held = new ArrayList<>();
                long none = liveHeap();
                held.add(open(empty, nobody));
                bare.add(kb(liveHeap() - none) / SESSIONS);
                held.clear();

                none = liveHeap();
                long before = none;
                // One role after the other, all kept open: each step's growth is that role's share.
                for (Map.Entry<Role, List<String>> group : byRole.entrySet()) {
                    Opened opened = open(application, group.getValue());
                    held.add(opened);
                    long now = liveHeap();
                    perRole.computeIfAbsent(group.getKey(), r -> new ArrayList<>()).add(kb(now - before) / group.getValue().size());
                    rows.put(group.getKey(), opened.rowsShown());
                    before = now;
                }
                mix.add(kb(before - none) / SESSIONS);
                histogram("inbox-" + run);
                held.clear();
                lastNone = liveHeap();
                histogram("after-" + run);
            }
            List<Row> table = new ArrayList<>();
            table.add(new Row("bare session: HTTP + Vaadin session, empty UI (harness)", SESSIONS, bare, "report"));
            perRole.forEach((role, runs) -> table.add(new Row(String.format(Locale.UK, "%s, inbox with %.0f rows", Words.of(role),
                    rows.get(role).stream().mapToInt(Integer::intValue).average().orElse(0)), byRole.get(role).size(), runs, "report")));
            table.add(new Row("signed in, inbox open, first page fetched (the mix)", SESSIONS, mix, "≤ 300"));
            print(table, kb(lastNone - firstNone));
            assertThat(rows.get(Role.NAMED_PERSON)).as("every Named Person's first page is full").containsOnly(PAGE);
            // The signed-in sessions must have been measured; the bare harness row (about 10 KB a session) is
            // within the GC's noise at the CI smoke's ten sessions and may even read below zero.
            assertThat(table.get(table.size() - 1).median()).as("heap of the signed-in sessions").isPositive();
        } finally {
            MockVaadin.setMockRequestFactory(plainRequests);
        }
    }

    /** The sessions of one state, held open, and how many grid rows each holds. */
    record Opened(List<VaadinSession> sessions, List<Integer> rowsShown) {
    }

    /**
     * Opens a session for each person (null: nobody signed in) on a thread of its own, so that
     * Karibu's and Spring Security's thread-locals die with it and only the sessions themselves
     * stay referenced, as a servlet container's session store references them.
     */
    private Opened open(MockSpringServlet servlet, List<String> who) throws InterruptedException {
        List<VaadinSession> sessions = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread opener = new Thread(() -> {
            try {
                for (String userId : who) {
                    people.signOut();
                    if (userId != null) {
                        people.signInAs(userId);
                    }
                    MockVaadin.setup(UI::new, servlet);
                    VaadinSession session = VaadinSession.getCurrent();
                    if (userId != null) {
                        // Where Spring Security keeps the signed-in person between requests.
                        session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                                SecurityContextHolder.getContext());
                        rows.add(fetchFirstPage(userId));
                    }
                    sessions.add(session);
                }
            } catch (Throwable e) {
                failure.set(e);
            } finally {
                people.signOut();
            }
        }, "session-memory");
        opener.start();
        opener.join();
        if (failure.get() != null) {
            throw new AssertionError("opening the sessions failed", failure.get());
        }
        return new Opened(sessions, rows);
    }

    /** The browser's first request for rows, answered as in a real round trip; the number of rows it holds. */
    private int fetchFirstPage(String userId) {
        Object view = UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        assertThat(view).as("%s lands on the inbox", userId).isInstanceOf(InboxView.class);
        Grid<InboxTask> grid = ((InboxView) view).grid();
        grid.getDataCommunicator().setViewportRange(0, grid.getPageSize());
        MockVaadin.clientRoundtrip();
        int shown = Math.min(grid.getPageSize(), _size(grid));
        List<InboxTask> firstPage = _fetch(grid, 0, shown);
        assertThat(firstPage).as("the first page sent to %s", userId).allMatch(grid.getDataCommunicator().getKeyMapper()::has);
        return shown;
    }

    /** Waits until the live heap stops moving (the warm-up's leftovers released), at most half a minute. */
    private static void settle() throws InterruptedException {
        long previous = liveHeap();
        for (int steady = 0, round = 0; steady < 3 && round < 30; round++) {
            Thread.sleep(1000);
            long now = liveHeap();
            steady = Math.abs(now - previous) < 256 * 1024 ? steady + 1 : 0;
            previous = now;
        }
    }

    /** Used heap after full collections, once two in a row agree within 64 KB. */
    private static long liveHeap() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long previous = -1;
        for (int round = 0; round < 20; round++) {
            System.gc();
            long used = memory.getHeapMemoryUsage().getUsed();
            if (previous >= 0 && Math.abs(used - previous) < 64 * 1024) {
                return Math.min(used, previous);
            }
            previous = used;
            Thread.sleep(100); // lets reference processing and cleaners finish before the next round
        }
        return previous;
    }

    /** With -Dbench.histogram=true, the live objects by class now (jcmd), to see what a session holds. */
    private static void histogram(String name) throws IOException, InterruptedException {
        if (!Boolean.getBoolean("bench.histogram")) {
            return;
        }
        Files.createDirectories(OUTPUT);
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        new ProcessBuilder(jcmd.toString(), String.valueOf(ProcessHandle.current().pid()), "GC.class_histogram")
                .redirectOutput(OUTPUT.resolve("session-memory-histogram-" + name + ".txt").toFile())
                .redirectErrorStream(true).start().waitFor();
    }

    private List<String> distinctPeople(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Role role = MIX[i % MIX.length];
            String id = "bench-" + role.groupId() + "-" + i;
            // A Named Person works their schools' concerns: those of the test schools (TestPeople), where TestReferrals raises them.
            ids.add(role == Role.NAMED_PERSON ? people.ensureIn(id, TestPeople.NAMED_PERSON_FOR, role) : people.ensure(id, role));
        }
        return ids;
    }

    /** Enough referrals for a full first page for every Named Person, and some enquiries for the partnership leads. */
    private void openTasks() {
        String practitioner = people.ensure(Role.PRACTITIONER);
        long open = taskService.createTaskQuery().taskCandidateGroup(TestPeople.NAMED_PERSON_FOR.get(0)).active().count();
        for (long i = open; i < REFERRALS; i++) {
            referrals.raise(practitioner, "Session" + i, null, "no");
        }
        long enquiries = taskService.createTaskQuery().taskCandidateGroup(Role.PARTNERSHIP_LEAD.groupId()).active().count();
        for (long i = enquiries; i < ENQUIRIES; i++) {
            raiseEnquiry("Session memory " + i);
        }
    }

    private static double kb(long bytes) {
        return bytes / 1024.0;
    }

    private static void print(List<Row> rows, double leftKb) throws IOException {
        StringBuilder table = new StringBuilder(String.format(Locale.UK, "%n%-58s %8s %11s  %-24s %s%n", "e. UI session memory",
                "sessions", "KB/session", "runs", "target"));
        StringBuilder csv = new StringBuilder("workload,sessions,kb_per_session,kb_per_session_runs,target\n");
        for (Row r : rows) {
            String runs = r.kbPerSessionRuns().stream().map(v -> String.format(Locale.UK, "%.1f", v)).collect(Collectors.joining(" "));
            table.append(String.format(Locale.UK, "%-58s %8d %11.1f  %-24s %s%n", r.state(), r.sessions(), r.median(), runs, r.target()));
            csv.append(String.format(Locale.UK, "\"e. %s\",%d,%.1f,\"%s\",\"%s\"%n", r.state(), r.sessions(), r.median(), runs, r.target()));
        }
        table.append(String.format(Locale.UK, "(median of %d runs; live heap after full GC with the sessions open minus without,"
                + " per session; heap left after all sessions were dropped: %.0f KB)%n", RUNS, leftKb));
        System.out.println(table);
        Files.createDirectories(OUTPUT);
        Files.writeString(OUTPUT.resolve("session-memory.csv"), csv);
        Files.writeString(OUTPUT.resolve("session-memory.txt"), table);
    }
}
