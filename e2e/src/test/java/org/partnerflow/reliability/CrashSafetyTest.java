package org.partnerflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Crash safety (issue 9, part 2): the application runs as its own process on PostgreSQL while 16
 * clients raise concerns over HTTP; it is killed with SIGKILL part-way and started again. Every
 * concern a client saw acknowledged must exist whole (case record, child, process instance, its
 * screening task), nothing may be half-written, and the escalation timers that fell due while it was
 * down must fire, once each, after the restart.
 *
 * <p>Sizes: {@code -Dcrash.concerns} (1,000, also in CI), {@code -Dcrash.killAfter} (300
 * acknowledgements), {@code -Dcrash.clients} (16), {@code -Dcrash.escalation} (PT20S: the
 * child-protection escalation, short enough to fall due while the node is down).
 */
class CrashSafetyTest {

    private static final int CONCERNS = Integer.getInteger("crash.concerns", 1000);
    private static final int KILL_AFTER = Integer.getInteger("crash.killAfter", 300);
    private static final int CLIENTS = Integer.getInteger("crash.clients", 16);
    private static final Duration ESCALATION = Duration.parse(System.getProperty("crash.escalation", "PT20S"));
    private static final String ESCALATION_TIMER = "Event_ChildProtectionUntouched";

    private final Figures figures = new Figures("crash-safety");

    @Test
    void everyAcknowledgedConcernSurvivesSigkillWholeAndTimersDueWhileDownFireAfterTheRestart() throws Exception {
        ReliabilityDatabase db = ReliabilityDatabase.fresh("crash");
        List<String> settings = List.of("--partnerflow.referral.child-protection-escalation=" + ESCALATION);
        ConcernLoad load = new ConcernLoad("Crash" + System.currentTimeMillis());
        List<Integer> all = IntStream.range(0, CONCERNS).boxed().toList();

        long killedAt;
        try (AppNode first = AppNode.start("crash-first", db, settings)) {
            figures.put("firstStartSeconds", first.startSeconds);
            long raisingFrom = System.nanoTime();
            load.raise(all, List.of(first), CLIENTS, true, acknowledged -> {
                if (acknowledged == KILL_AFTER) {
                    try {
                        load.kill(first);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            killedAt = System.currentTimeMillis();
            assertThat(first.alive()).isFalse();
            figures.put("secondsRaisingBeforeKill", Math.round((System.nanoTime() - raisingFrom) / 1e8) / 10.0);
        }
        assertThat(load.errors).as("answers other than an acknowledgement before the kill").isEmpty();
        Set<String> acknowledgedBeforeKill = new HashSet<>(load.acknowledged.values());
        long committedAtKill = concernsOfRun(db, load).size();
        long firedBeforeKill = timerSuccesses(db, load);
        figures.put("concerns", CONCERNS).put("clients", CLIENTS).put("escalation", ESCALATION)
                .put("acknowledgedBeforeKill", acknowledgedBeforeKill.size())
                .put("inFlightWhenKilled", load.inFlightWhenKilled.size())
                .put("inFlightCommitted", committedAtKill - acknowledgedBeforeKill.size())
                .put("notSentWhileDown", load.notSent.size())
                .put("timersFiredBeforeKill", firedBeforeKill);
        assertWhole(db, load, acknowledgedBeforeKill);

        // Every timer of a concern committed before the kill is due by then: it falls due while the node is down.
        long sleep = killedAt + ESCALATION.toMillis() + 1000 - System.currentTimeMillis();
        if (sleep > 0) {
            Thread.sleep(sleep);
        }
        Set<String> dueWhileDown = new HashSet<>(db.strings("select id_ from act_ru_job where handler_cfg_ = ?", ESCALATION_TIMER));
        assertThat(dueWhileDown).as("timers that fell due while the node was down").isNotEmpty();
        figures.put("timersDueWhileDown", dueWhileDown.size());

        try (AppNode second = AppNode.start("crash-second", db, settings)) {
            long restartedAt = System.currentTimeMillis();
            awaitGone(db, dueWhileDown, Duration.ofSeconds(120));
            figures.put("restartSeconds", second.startSeconds)
                    .put("secondsToFireDueTimersAfterRestart", (System.currentTimeMillis() - restartedAt) / 1000.0);

            // The clients go on with the concerns they could not send while it was down.
            Set<Integer> rest = new HashSet<>(load.notSent);
            load.notSent.clear();
            load.raise(rest, List.of(second), CLIENTS, true, acknowledged -> { });
            assertThat(load.errors).as("answers other than an acknowledgement after the restart").isEmpty();
            assertThat(load.notSent).isEmpty();
            assertThat(load.acknowledged.size() + load.inFlightWhenKilled.size()).isEqualTo(CONCERNS);
            Set<String> acknowledged = new HashSet<>(load.acknowledged.values());
            assertWhole(db, load, acknowledged);

            // Then every case's escalation fires, exactly once, whether it fell due while down or not.
            long cases = concernsOfRun(db, load).size();
            awaitCount(db, "select count(*) from act_ru_job where handler_cfg_ = ?", 0, Duration.ofSeconds(180), ESCALATION_TIMER);
            // The run's own cases: the demo data's case of a child past screening has no escalation to fire.
            assertThat(db.count("""
                    select count(*) from wellbeing_concern c join child ch on ch.id = c.child_id where ch.family_name like ?
                     and (select count(*) from chronology_entry e where e.concern_id = c.id and e.kind = 'TIMESCALE_MISSED') <> 1""",
                    load.run + "-%")).as("cases without exactly one escalation entry").isZero();
            assertThat(timerSuccesses(db, load)).as("escalation jobs that succeeded").isEqualTo(cases);
            assertThat(db.count("select count(*) from (select job_id_ from act_hi_job_log where act_id_ = ? and job_state_ = 2"
                    + " group by job_id_ having count(*) > 1) twice", ESCALATION_TIMER)).isZero();
            figures.put("acknowledged", acknowledged.size()).put("casesFound", cases)
                    .put("halfWritten", halfWritten(db)).put("escalationsFired", timerSuccesses(db, load));
        }
        figures.write();
    }

    /** Every acknowledged concern whole; nothing half-written anywhere in the database. */
    private void assertWhole(ReliabilityDatabase db, ConcernLoad load, Set<String> acknowledged) throws Exception {
        Set<String> cases = concernsOfRun(db, load);
        assertThat(cases).as("case records of acknowledged concerns").containsAll(acknowledged);
        Set<String> processes = new HashSet<>(db.strings("select proc_inst_id_ from act_hi_procinst where proc_def_key_ = 'girfec-referral'"));
        Set<String> running = new HashSet<>(db.strings("select proc_inst_id_ from act_ru_execution where id_ = proc_inst_id_"));
        Set<String> screenings = new HashSet<>(db.strings("select proc_inst_id_ from act_ru_task where task_def_key_ = 'Activity_ChildProtectionScreening'"));
        assertThat(processes).as("process instances of acknowledged concerns").containsAll(acknowledged);
        assertThat(running).as("running process instances of acknowledged concerns").containsAll(acknowledged);
        assertThat(screenings).as("screening tasks of acknowledged concerns").containsAll(acknowledged);
        assertThat(halfWritten(db)).as("half-written cases").isZero();
    }

    /**
     * Cases without their process, processes without their case, children without a concern, running
     * referrals waiting at nothing: neither a task nor a job (a timer, such as the demo case's next review).
     */
    private static long halfWritten(ReliabilityDatabase db) throws Exception {
        return db.count("""
                select (select count(*) from wellbeing_concern c where not exists
                          (select 1 from act_hi_procinst p where p.proc_inst_id_ = c.process_instance_id)
                          or not exists (select 1 from act_ru_execution x where x.proc_inst_id_ = c.process_instance_id))
                     + (select count(*) from act_hi_procinst p where p.proc_def_key_ = 'girfec-referral' and not exists
                          (select 1 from wellbeing_concern c where c.process_instance_id = p.proc_inst_id_))
                     + (select count(*) from child ch where not exists (select 1 from wellbeing_concern c where c.child_id = ch.id))
                     + (select count(*) from act_ru_execution x where x.id_ = x.proc_inst_id_ and not exists
                          (select 1 from act_ru_task t where t.proc_inst_id_ = x.proc_inst_id_)
                          and not exists (select 1 from act_ru_job j where j.process_instance_id_ = x.proc_inst_id_))""");
    }

    private static Set<String> concernsOfRun(ReliabilityDatabase db, ConcernLoad load) throws Exception {
        return new HashSet<>(db.strings("select c.process_instance_id from wellbeing_concern c join child ch on ch.id = c.child_id"
                + " where ch.family_name like ?", load.run + "-%"));
    }

    /** The escalation jobs of the run's own cases that succeeded. */
    private static long timerSuccesses(ReliabilityDatabase db, ConcernLoad load) throws Exception {
        return db.count("select count(*) from act_hi_job_log l join wellbeing_concern c on c.process_instance_id = l.process_instance_id_"
                + " join child ch on ch.id = c.child_id where l.act_id_ = ? and l.job_state_ = 2 and ch.family_name like ?",
                ESCALATION_TIMER, load.run + "-%");
    }

    private static void awaitGone(ReliabilityDatabase db, Set<String> jobs, Duration limit) throws Exception {
        long until = System.nanoTime() + limit.toNanos();
        Set<String> left = jobs;
        while (System.nanoTime() < until) {
            Set<String> present = new HashSet<>(db.strings("select id_ from act_ru_job"));
            left = jobs.stream().filter(present::contains).collect(Collectors.toSet());
            if (left.isEmpty()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(left.size() + " timers that fell due while down had not fired " + limit + " after the restart");
    }

    static void awaitCount(ReliabilityDatabase db, String sql, long expected, Duration limit, Object... args) throws Exception {
        long until = System.nanoTime() + limit.toNanos();
        long count = -1;
        while (System.nanoTime() < until) {
            count = db.count(sql, args);
            if (count == expected) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Expected " + expected + " from " + sql + " within " + limit + ", last " + count);
    }
}
