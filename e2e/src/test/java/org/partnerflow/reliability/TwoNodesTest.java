package org.partnerflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import static org.partnerflow.reliability.CrashSafetyTest.awaitCount;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two nodes on one database (issue 9, part 3): two application processes on different ports share one
 * PostgreSQL database, with the same settings and the job executor on in both. Due timers fire exactly
 * once in total; a task claimed on one node shows as claimed on the other; when one node is killed,
 * the other finishes the jobs it held within one job-lock timeout.
 *
 * <p>The referral's timers are made due at once and together: their job definitions are suspended
 * while the concerns are raised, then activated, so both nodes compete for the same due jobs. Sizes:
 * {@code -Dnodes.concerns} (200 per round), {@code -Dnodes.lockTime} (the job lock, 15 s here for CI
 * time; the application's default is 60 s).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    private static final int CONCERNS = Integer.getInteger("nodes.concerns", 200);
    private static final int REVIEWS = 10;
    private static final Duration LOCK_TIME = Duration.ofSeconds(Integer.getInteger("nodes.lockTime", 15));
    /**
     * The longest an idle node waits before it looks for due jobs again (camunda.bpm.job-execution.max-wait;
     * the application's is 10 s). 1 s here, so that both nodes are looking when the timers come due
     * together, rather than one finishing them all before the other wakes.
     */
    private static final Duration MAX_WAIT = Duration.ofSeconds(1);
    private static final Pattern ASSIGNEE = Pattern.compile("\"assignee\":(null|\"([^\"]*)\")");
    private static final Pattern TASK_ID = Pattern.compile("\"id\":\"([^\"]+)\"");

    private final Figures figures = new Figures("two-nodes");
    private ReliabilityDatabase db;
    private AppNode a;
    private AppNode b;
    private GreenMail relay;

    @BeforeAll
    void startTwoNodes() throws Exception {
        db = ReliabilityDatabase.fresh("nodes");
        relay = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        relay.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        relay.start();
        List<String> settings = List.of(
                // Both nodes mail through the one relay, every second.
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + relay.getSmtp().getPort(), "--partnerflow.mail.every=PT1S",
                // Timers due as soon as their job definitions are activated.
                "--partnerflow.referral.child-protection-escalation=PT1S",
                "--partnerflow.referral.assessment-reminder-working-days=0",
                "--partnerflow.referral.assessment-working-days=0",
                "--partnerflow.referral.review-overdue=PT1S",
                "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis(),
                "--camunda.bpm.job-execution.wait-time-in-millis=500",
                "--camunda.bpm.job-execution.max-wait=" + MAX_WAIT.toMillis());
        // One node first: it creates the schema and deploys; the second finds both done.
        a = AppNode.start("node-a", db, settings);
        b = AppNode.start("node-b", db, settings);
        figures.put("nodeAStartSeconds", a.startSeconds).put("nodeBStartSeconds", b.startSeconds);
    }

    @AfterAll
    void stopNodes() throws Exception {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        if (relay != null) {
            relay.stop();
        }
        figures.write();
    }

    @Test
    @Order(1)
    void aTaskClaimedOnOneNodeShowsAsClaimedOnTheOther() throws Exception {
        String instance = a.raiseConcern("Nodes-claim-" + System.currentTimeMillis(), false);
        // Reading a case's tasks through the engine API is for administrators since issue 17 (managers oversee in Partnerflow).
        HttpResponse<String> onB = b.get("admin", "/task?processInstanceId=" + instance + "&taskDefinitionKey=Activity_NamedPersonAssessment&maxResults=10");
        Matcher id = TASK_ID.matcher(onB.body());
        assertThat(id.find()).as(onB.body()).isTrue();
        String task = id.group(1);
        assertThat(assigneeOn(b, task)).isNull();

        assertThat(a.post("iain", "/task/" + task + "/claim", "{\"userId\":\"iain\"}").statusCode()).isEqualTo(204);

        assertThat(assigneeOn(b, task)).isEqualTo("iain");

        // And back: given back on the second node, it is free again on the first.
        assertThat(b.post("iain", "/task/" + task + "/unclaim", "").statusCode()).isEqualTo(204);
        assertThat(assigneeOn(a, task)).isNull();
    }

    private static String assigneeOn(AppNode node, String task) throws Exception {
        HttpResponse<String> response = node.get("admin", "/task/" + task);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Matcher assignee = ASSIGNEE.matcher(response.body());
        assertThat(assignee.find()).as(response.body()).isTrue();
        return assignee.group(2);
    }

    @Test
    @Order(2)
    void dueTimersFireExactlyOnceAcrossBothNodes() throws Exception {
        ConcernLoad load = new ConcernLoad("NodesOnce" + System.currentTimeMillis());
        setTimersSuspended(true);
        // Half with immediate risk (the child-protection escalation), half without (the Named Person's
        // reminder and the overdue assessment), and a few taken to a Child's Plan whose review date has
        // passed (the review falling due, then the review overdue): four kinds of timer.
        List<Integer> withRisk = IntStream.range(0, CONCERNS / 2).boxed().toList();
        List<Integer> withoutRisk = IntStream.range(CONCERNS / 2, CONCERNS + REVIEWS).boxed().toList();
        load.raise(withRisk, List.of(a, b), 8, true, n -> { });
        load.raise(withoutRisk, List.of(a, b), 8, false, n -> { });
        assertThat(load.errors).isEmpty();
        assertThat(load.acknowledged).hasSize(CONCERNS + REVIEWS);
        for (int n = CONCERNS; n < CONCERNS + REVIEWS; n++) {
            toPlanWithReviewDue(n % 2 == 0 ? a : b, load.acknowledged.get(n));
        }
        long jobs = db.count("select count(*) from act_ru_job where process_instance_id_ in " + instancesOf(load) + DUE_HERE);
        assertThat(jobs).isEqualTo(CONCERNS / 2 + 2L * (CONCERNS - CONCERNS / 2) + REVIEWS);
        assertThat(db.count("select count(*) from act_ru_job where suspension_state_ <> 2 and process_instance_id_ in "
                + instancesOf(load))).as("timers not held back").isZero();
        Thread.sleep(1500); // past the escalation's second

        long activatedAt = System.nanoTime();
        setTimersSuspended(false);
        awaitCount(db, "select count(*) from act_ru_job where process_instance_id_ in " + instancesOf(load) + DUE_HERE, 0,
                Duration.ofSeconds(120));
        double seconds = (System.nanoTime() - activatedAt) / 1e9;

        String ofRun = " join wellbeing_concern c on c.id = e.concern_id join child ch on ch.id = c.child_id where ch.family_name like '"
                + load.run + "-%' and e.kind = 'TIMESCALE_MISSED'";
        assertThat(db.count("select count(*) from (select e.concern_id from chronology_entry e" + ofRun
                + " group by e.concern_id having count(*) <> 1) wrong")).as("cases without exactly one missed-timescale entry").isZero();
        assertThat(db.count("select count(*) from chronology_entry e" + ofRun)).isEqualTo(CONCERNS + REVIEWS);
        assertThat(db.count("select count(*) from act_ru_task where task_def_key_ = 'Activity_Review' and proc_inst_id_ in "
                + instancesOf(load))).as("reviews opened by the review date's timer").isEqualTo(REVIEWS);
        assertThat(db.count("""
                select count(*) from act_ru_task t where t.task_def_key_ = 'Activity_NamedPersonAssessment' and t.proc_inst_id_ in
                 (select c.process_instance_id from wellbeing_concern c join child ch on ch.id = c.child_id where ch.family_name like ?)
                 and (t.follow_up_date_ is null or (select count(*) from act_hi_comment m where m.task_id_ = t.id_) <> 1)""",
                load.run + "-%")).as("assessments without exactly one reminder").isZero();
        assertThat(succeededTwice()).as("jobs that succeeded twice").isZero();
        long onA = successesOn(load, "node-a");
        long onB = successesOn(load, "node-b");
        // The review-overdue timers are created when the review opens, after the count above.
        assertThat(onA + onB).isEqualTo(jobs + REVIEWS);
        assertThat(onA).as("jobs run by node-a").isPositive();
        assertThat(onB).as("jobs run by node-b").isPositive();
        figures.put("concerns", CONCERNS).put("reviewCases", REVIEWS).put("dueTimers", jobs + REVIEWS).put("firedOnNodeA", onA).put("firedOnNodeB", onB)
                .put("firedTwice", 0).put("failedAttempts", db.count("select count(*) from act_hi_job_log where job_state_ = 1"))
                .put("secondsToFireAll", Math.round(seconds * 10) / 10.0);
    }

    /**
     * Issue 19: both nodes run the mail sender against one relay. Each claim is one mail (a
     * notification sent at once, or one person's digest), so the relay must have received exactly as
     * many mails as there are claims of sent rows: a row mailed twice would be two mails for one claim.
     */
    @Test
    @Order(3)
    void eachNotificationIsMailedExactlyOnceAcrossBothNodes() throws Exception {
        String waiting = "select count(*) from notification where mail_state in ('PENDING', 'SENDING') and kind <> 'OVERDUE_IN_YOUR_COUNCIL'";
        awaitCount(db, waiting, 0, Duration.ofSeconds(120));
        long claims = db.count("select count(distinct mail_claimed_by) from notification where mail_state = 'SENT'");
        long rows = db.count("select count(*) from notification where mail_state = 'SENT'");
        assertThat(rows).as("notifications mailed (the load's assessments, reminders, escalations)").isPositive();
        assertThat(relay.getReceivedMessages()).as("mails received").hasSize((int) claims);
        long nodes = db.count("select count(distinct substring(mail_claimed_by, 1, 13)) from notification where mail_state = 'SENT'");
        figures.put("notificationsMailed", rows).put("mailsReceived", relay.getReceivedMessages().length).put("mailingNodes", nodes);
    }

    @Test
    @Order(4)
    void whenANodeIsKilledTheOtherFinishesItsJobsWithinOneLockTimeout() throws Exception {
        ConcernLoad load = new ConcernLoad("NodesFailover" + System.currentTimeMillis());
        setTimersSuspended(true);
        load.raise(IntStream.range(0, CONCERNS).boxed().toList(), List.of(a, b), 8, true, n -> { });
        assertThat(load.errors).isEmpty();
        assertThat(db.count("select count(*) from act_ru_job where suspension_state_ = 2 and process_instance_id_ in "
                + instancesOf(load))).isEqualTo(CONCERNS);
        Thread.sleep(1500);

        setTimersSuspended(false);
        // Kill node-a the moment it holds due jobs it has locked and not finished.
        awaitCount(db, "select least(count(*), 1) from act_ru_job where lock_owner_ like 'node-a#%' and process_instance_id_ in "
                + instancesOf(load), 1, Duration.ofSeconds(60));
        load.kill(a);
        long killedAt = System.nanoTime();
        Set<String> stranded = new HashSet<>(db.strings("select id_ from act_ru_job where lock_owner_ like 'node-a#%' and process_instance_id_ in "
                + instancesOf(load)));
        assertThat(stranded).as("jobs node-a held when it was killed").isNotEmpty();

        awaitCount(db, "select count(*) from act_ru_job where process_instance_id_ in " + instancesOf(load), 0,
                LOCK_TIME.plus(MAX_WAIT).plusSeconds(30));
        double seconds = (System.nanoTime() - killedAt) / 1e9;

        for (String job : stranded) {
            assertThat(db.strings("select hostname_ from act_hi_job_log where job_id_ = ? and job_state_ = 2", job))
                    .as("job %s node-a held", job).containsExactly("node-b");
        }
        assertThat(succeededTwice()).isZero();
        assertThat(successesOn(load, "node-a") + successesOn(load, "node-b")).isEqualTo(CONCERNS);
        assertThat(db.count("select count(*) from chronology_entry e join wellbeing_concern c on c.id = e.concern_id"
                + " where e.kind = 'TIMESCALE_MISSED' and c.process_instance_id in " + instancesOf(load))).isEqualTo(CONCERNS);
        // Within one lock timeout of the kill, plus the idle node's longest wait before it looks again, plus slack for 2 cores.
        assertThat(seconds).isLessThan(LOCK_TIME.plus(MAX_WAIT).plusSeconds(10).toSeconds());
        figures.put("lockTimeSeconds", LOCK_TIME.toSeconds()).put("maxWaitSeconds", MAX_WAIT.toSeconds())
                .put("jobsHeldByKilledNode", stranded.size())
                .put("secondsFromKillToAllDone", Math.round(seconds * 10) / 10.0);
    }

    /**
     * Takes a raised concern to an agreed single-agency plan as the Named Person iain, through the
     * forms over REST: the assessment, the pathway, consent, and a plan whose review date has passed.
     */
    private void toPlanWithReviewDue(AppNode node, String instance) throws Exception {
        StringBuilder ratings = new StringBuilder();
        for (String i : new String[] {"Safe", "Healthy", "Achieving", "Nurtured", "Active", "Respected", "Responsible", "Included"}) {
            ratings.append("\"rating").append(i).append("\":{\"value\":").append(i.equals("Healthy") ? 3 : 5).append(",\"type\":\"Long\"},");
        }
        complete(node, instance, "Activity_NamedPersonAssessment", "{" + ratings + """
                "needsOtherAgencies":{"value":false,"type":"Boolean"},"whatIsGettingInTheWay":{"value":"Hunger"},
                "informationNeeded":{"value":"None"},"whatICanDoNow":{"value":"Breakfast club"},
                "whatMyAgencyCanDo":{"value":"Breakfast club"},"additionalHelp":{"value":"None"},
                "childsViews":{"value":"Likes school"},"parentsViews":{"value":"Agrees"}}""");
        complete(node, instance, "Activity_ConfirmPathway", "{\"pathwayChoice\":{\"value\":\"accept\"}}");
        complete(node, instance, "Activity_RecordConsent", """
                {"consentGiven":{"value":"yes"},"consentGivenBy":{"value":"Mother"},"consentScope":{"value":"School and health"},
                 "consentAgencies":{"value":"[\\"health\\"]","type":"Json"},"consentDate":{"value":"2026-11-20"}}""");
        complete(node, instance, "Activity_SingleAgencyPlan", """
                {"needsSummary":{"value":"Breakfast and sleep"},"outcomeHealthy":{"value":"Eats breakfast every school day"},
                 "planActions":{"value":"Breakfast club; Mrs Hay; Education; 2026-02-01"},"reviewDate":{"value":"2026-01-05"}}""");
    }

    private void complete(AppNode node, String instance, String activity, String variables) throws Exception {
        HttpResponse<String> found = node.get("admin", "/task?processInstanceId=" + instance + "&taskDefinitionKey=" + activity + "&maxResults=10");
        Matcher id = TASK_ID.matcher(found.body());
        assertThat(id.find()).as(activity + ": " + found.body()).isTrue();
        HttpResponse<String> done = node.post("iain", "/task/" + id.group(1) + "/submit-form", "{\"variables\":" + variables + "}");
        assertThat(done.statusCode()).as(activity + ": " + done.body()).isEqualTo(204);
    }

    /** The process instances of the concerns a load raised, as SQL. */
    /**
     * The timers this test makes due: not a case's chronology review, which the assessment schedules
     * months ahead (issue 17) and which waits on, held back with the rest.
     */
    private static final String DUE_HERE = " and job_def_id_ not in (select id_ from act_ru_jobdef where act_id_ = 'Event_ChronologyReviewDue')";

    private static String instancesOf(ConcernLoad load) {
        return "(select c.process_instance_id from wellbeing_concern c join child ch on ch.id = c.child_id where ch.family_name like '"
                + load.run + "-%')";
    }

    private long successesOn(ConcernLoad load, String node) throws Exception {
        return db.count("select count(*) from act_hi_job_log where job_state_ = 2 and hostname_ = ? and process_instance_id_ in "
                + instancesOf(load), node);
    }

    /**
     * Jobs that succeeded more than once. The engine's history cleanup is left out: it is one job that
     * reschedules itself under the same id, so in its nightly window (from 22:00) it succeeds again and
     * again by design.
     */
    private long succeededTwice() throws Exception {
        return db.count("select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2"
                + " and job_def_type_ <> 'history-cleanup' group by job_id_ having count(*) > 1) twice");
    }

    /** Suspends or activates the referral's job definitions and their jobs, through node-b's REST API. */
    private void setTimersSuspended(boolean suspended) throws Exception {
        HttpResponse<String> response = b.send("admin", "/job-definition/suspended", "PUT",
                "{\"processDefinitionKey\":\"girfec-referral\",\"suspended\":" + suspended + ",\"includeJobs\":true}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }
}
