package org.partnerflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.calendar.CalendarInvitations;
import org.partnerflow.identity.Role;
import org.partnerflow.notification.Notification.Kind;
import org.partnerflow.notification.NotificationSettings.Delivery;
import org.partnerflow.testsupport.Race;
import org.partnerflow.testsupport.TestPeople;
import org.partnerflow.testsupport.TestReferrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 19, mail: a real SMTP server (GreenMail) receives what the sender sends. Each kind arrives to
 * the right person with the kind's words, the reference and a link, and no mail holds the child's
 * name, birth date, school or observation; digests batch; choices are honoured except for child
 * protection; a failed send is tried again after its back-off and arrives once; two senders at once
 * send each mail once. Its own context (mail configured); the others run without mail.
 */
@TestPropertySource(properties = {
        // A context of its own beside the suite's: its engine must not take the name "default", under which the
        // engine REST of the suite's context finds its engine (ProcessEngines is one registry per JVM).
        "camunda.bpm.generate-unique-process-engine-name=true",
        "spring.mail.host=localhost",
        "partnerflow.mail.from=partnerflow@council.example",
        "partnerflow.mail.base-url=https://partnerflow.council.example/",
        "partnerflow.mail.max-attempts=3",
        // The passes are called by the tests; the schedule would only race them (harmlessly).
        "partnerflow.mail.every=PT1H",
        "partnerflow.mail.digest-at=06:05"})
@Import(NotificationMailTest.FlakyRelayConfiguration.class)
class NotificationMailTest extends PartnerflowSpringTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void relay(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    /** The relay as Boot would make it, but told to fail its next sends when a test asks. */
    @TestConfiguration
    static class FlakyRelayConfiguration {
        @Bean
        FlakyRelay flakyRelay(@Value("${spring.mail.port}") int port) {
            FlakyRelay relay = new FlakyRelay();
            relay.setHost("localhost");
            relay.setPort(port);
            relay.setDefaultEncoding("UTF-8");
            return relay;
        }
    }

    static class FlakyRelay extends JavaMailSenderImpl {
        final AtomicInteger failNext = new AtomicInteger();

        @Override
        protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) {
            if (failNext.getAndUpdate(n -> Math.max(n - 1, 0)) > 0) {
                throw new MailSendException("Relay refused the connection (test)");
            }
            super.doSend(mimeMessages, originalMessages);
        }
    }

    @Autowired
    NotificationMail mail;
    @Autowired
    Notifications notifications;
    @Autowired
    CalendarInvitations calendar;
    @Autowired
    NotificationSettings settings;
    @Autowired
    TestReferrals referrals;
    @Autowired
    FlakyRelay relay;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UnsentMail unsent;
    @Autowired
    IdentityService identityService;
    @Autowired
    org.camunda.bpm.engine.ManagementService managementService;

    private static final AtomicInteger REFERENCES = new AtomicInteger(900_000);

    private String unique(String what) {
        return "mail-" + what + "-" + System.nanoTime();
    }

    private static String reference() {
        return "C-" + REFERENCES.incrementAndGet();
    }

    /** Sends until a pass finds nothing due (the shared database may hold other tests' notifications). */
    private void drain() {
        for (int i = 0; i < 50 && mail.sendImmediate() > 0; i++) {
            // next pass
        }
    }

    private static List<MimeMessage> mailsTo(String person) {
        List<MimeMessage> to = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            try {
                if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(person + "@example.org"))) {
                    to.add(m);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return to;
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain text as the recipient reads it (quoted-printable decoded). */
    private static String body(MimeMessage m) {
        return partsOf(m, "text/plain").get(0);
    }

    /** The HTML part. */
    private static String html(MimeMessage m) {
        return partsOf(m, "text/html").get(0);
    }

    /** Every part of this MIME type (text/calendar: the attached events), decoded, in order. */
    private static List<String> partsOf(MimeMessage m, String type) {
        List<String> found = new ArrayList<>();
        try {
            collect(m, type, found);
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private static void collect(jakarta.mail.Part part, String type, List<String> found) throws MessagingException, java.io.IOException {
        if (part.isMimeType("multipart/*")) {
            var multipart = (jakarta.mail.Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), type, found);
            }
        } else if (part.isMimeType(type)) {
            Object content = part.getContent();
            found.add(content instanceof String text ? text
                    : new String(((java.io.InputStream) content).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** All a recipient can read of a mail: subject, text, HTML and any attached event. */
    private static String everything(MimeMessage m) {
        return subject(m) + "\n" + String.join("\n", partsOf(m, "text/*"));
    }

    private static Instant instant(Object column) {
        return column instanceof java.time.OffsetDateTime t ? t.toInstant() : ((Timestamp) column).toInstant();
    }

    private Map<String, Object> row(String recipient, String reference) {
        return jdbc.queryForMap("select * from notification where recipient = ? and reference = ?", recipient, reference);
    }

    @Test
    void aConcernIsMailedToEachNamedPersonOfItsSchoolWithTheKindReferenceAndLinkAndNoMailNamesTheChild() {
        String np = people.ensureIn(unique("np"), List.of("named-persons.eastfield-primary", TestPeople.AUTHORITY), Role.NAMED_PERSON);
        String screener = people.ensure(unique("cp"), Role.CHILD_PROTECTION);
        String familyName = "Zbigniewska" + System.nanoTime() % 100_000;

        ProcessInstance concern = referrals.raise(people.ensure(Role.PRACTITIONER), "Morwenna", familyName, "Eastfield Primary", null, "no");
        ProcessInstance urgent = referrals.raise(people.ensure(Role.PRACTITIONER), "Morwenna", familyName, "Eastfield Primary", null, "yes");
        drain();

        String reference = String.format("C-%06d", jdbc.queryForObject(
                "select id from wellbeing_concern where process_instance_id = ?", Long.class, concern.getId()));
        String task = taskService.createTaskQuery().processInstanceId(concern.getId()).taskDefinitionKey("Activity_NamedPersonAssessment")
                .singleResult().getId();
        assertThat(mailsTo(np)).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("A wellbeing concern is waiting for your assessment \u2014 reference " + reference);
            assertThat(m.getFrom()[0].toString()).isEqualTo("partnerflow@council.example");
            assertThat(body(m)).contains("https://partnerflow.council.example/tasks/" + task).contains("Dear Test ");
            assertThat(html(m)).as("the same words as HTML").contains("href=\"https://partnerflow.council.example/tasks/" + task + "\"")
                    .contains(reference).contains("Dear <span>Test ");
            assertThat(partsOf(m, "text/calendar")).as("no event for a concern").isEmpty();
        });
        String urgentReference = String.format("C-%06d", jdbc.queryForObject(
                "select id from wellbeing_concern where process_instance_id = ?", Long.class, urgent.getId()));
        assertThat(mailsTo(screener)).singleElement().extracting(NotificationMailTest::subject)
                .isEqualTo("A case has been escalated to child protection for screening \u2014 reference " + urgentReference);
        assertThat(row(np, reference)).containsEntry("mail_state", "SENT").doesNotContainEntry("mailed_at", null);

        // Every mail received, not only these: none holds the child's name, birth date, school or observation.
        assertThat(smtp.getReceivedMessages()).isNotEmpty().allSatisfy(m -> {
            String all = everything(m).toLowerCase();
            assertThat(all).doesNotContain(familyName.toLowerCase(), "morwenna", "ailsa", "2016-04-12", "12/04/2016", "12 april 2016",
                    "eastfield", "westfield", "hungry", "asleep", "observation");
        });
    }

    @Test
    void aSetMovedAndCancelledOccasionIsMailedWithItsEventForTheRecipientSameUidNewerSequence() throws Exception {
        String np = people.ensure(unique("cal"), Role.NAMED_PERSON);
        String reference = reference();
        long subject = REFERENCES.get();
        var occasion = new CalendarInvitations.Occasion("case", subject, "childs-plan-review",
                "Child's Plan review \u2014 reference " + reference, "/cases/" + subject);

        var set = calendar.scheduled(occasion, java.time.LocalDate.of(2027, 6, 14));
        assertThat(notifications.tellOfEvent(List.of(np), set, reference, "cases/" + subject, null)).isEqualTo(1);
        var same = calendar.scheduled(occasion, java.time.LocalDate.of(2027, 6, 14));
        assertThat(notifications.tellOfEvent(List.of(np), same, reference, "cases/" + subject, null)).as("nothing changed").isZero();
        drain();
        var moved = calendar.scheduled(occasion, java.time.LocalDate.of(2027, 12, 6));
        notifications.tellOfEvent(List.of(np), moved, reference, "cases/" + subject, null);
        drain();
        var cancelled = calendar.cancelled("case", subject, "childs-plan-review").orElseThrow();
        notifications.tellOfEvent(List.of(np), cancelled, reference, "cases/" + subject, null);
        drain();

        List<MimeMessage> mails = mailsTo(np);
        assertThat(mails).extracting(NotificationMailTest::subject).containsExactly(
                "A meeting or review has been set or moved: the calendar invitation is attached \u2014 reference " + reference,
                "A meeting or review has been set or moved: the calendar invitation is attached \u2014 reference " + reference,
                "A meeting or review has been cancelled: the calendar cancellation is attached \u2014 reference " + reference);
        List<net.fortuna.ical4j.model.Calendar> events = new ArrayList<>();
        for (MimeMessage m : mails) {
            assertThat(partsOf(m, "text/calendar")).singleElement().satisfies(ics ->
                    events.add(new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(ics))));
        }
        assertThat(events).extracting(c -> c.getProperty("METHOD").orElseThrow().getValue()).containsExactly("REQUEST", "REQUEST", "CANCEL");
        List<net.fortuna.ical4j.model.component.VEvent> vevents = events.stream()
                .map(c -> c.<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT").get(0)).toList();
        assertThat(vevents).extracting(v -> v.getProperty("UID").orElseThrow().getValue()).containsOnly(set.uid());
        assertThat(vevents).extracting(v -> v.getProperty("SEQUENCE").orElseThrow().getValue()).containsExactly("0", "1", "2");
        assertThat(vevents.get(0).getProperty("DTSTART").orElseThrow()).satisfies(start -> {
            assertThat(start.getValue()).isEqualTo("20270614T093000");
            assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/London");
        });
        assertThat(vevents.get(1).getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20271206T093000");
        assertThat(vevents).allSatisfy(v -> assertThat(v.getProperty("ATTENDEE").orElseThrow().getValue())
                .isEqualToIgnoringCase("mailto:" + np + "@example.org"));
    }

    @Test
    void withARelayConfiguredTheSenderAndTheDailyDigestAreScheduled(
            @Autowired org.springframework.scheduling.config.ScheduledTaskHolder schedule) {
        assertThat(schedule.getScheduledTasks()).extracting(t -> t.getTask().getRunnable().toString())
                .anyMatch(r -> r.endsWith("NotificationMail.sendDueNow"));
        assertThat(schedule.getScheduledTasks()).extracting(t -> t.getTask()).filteredOn(org.springframework.scheduling.config.CronTask.class::isInstance)
                .extracting(t -> ((org.springframework.scheduling.config.CronTask) t).getExpression())
                .as("partnerflow.mail.digest-at=06:05").contains("0 5 6 * * *");
    }

    @Test
    void aDailyDigestBatchesThePersonsNotificationsIntoOneMailAndTheOtherKindsStillComeAtOnce() {
        String np = people.ensure(unique("digest"), Role.NAMED_PERSON);
        people.signInAs(np);
        settings.choose(Kind.CONCERN_TO_ASSESS, Delivery.DAILY_DIGEST);
        settings.choose(Kind.REVIEW_DUE, Delivery.DAILY_DIGEST);
        assertThat(settings.mine()).containsEntry(Kind.CONCERN_TO_ASSESS, Delivery.DAILY_DIGEST).containsEntry(Kind.TASK_OFFERED, Delivery.IMMEDIATE);
        people.signOut();
        List<String> batched = List.of(reference(), reference(), reference());
        notifications.tell(List.of(np), Kind.CONCERN_TO_ASSESS, batched.get(0), "tasks/a1", null);
        notifications.tell(List.of(np), Kind.REVIEW_DUE, batched.get(1), "tasks/a2", null);
        notifications.tell(List.of(np), Kind.CONCERN_TO_ASSESS, batched.get(2), "tasks/a3", null);
        String atOnce = reference();
        notifications.tell(List.of(np), Kind.TASK_ASSIGNED, atOnce, "tasks/a4", null);

        drain();
        assertThat(mailsTo(np)).as("only the kind not chosen for the digest").singleElement().extracting(NotificationMailTest::subject)
                .isEqualTo("A task has been assigned to you \u2014 reference " + atOnce);

        mail.sendDigests(false);
        mail.sendDigests(false);
        assertThat(mailsTo(np)).hasSize(2);
        MimeMessage digest = mailsTo(np).get(1);
        assertThat(subject(digest)).isEqualTo("Partnerflow: your daily digest of 3 notifications");
        String body = body(digest);
        batched.forEach(r -> assertThat(body).contains("reference " + r));
        assertThat(body).contains("A review of a Child's Plan is due", "https://partnerflow.council.example/tasks/a3");
        batched.forEach(r -> assertThat(row(np, r)).containsEntry("mail_state", "SENT"));
    }

    @Test
    void aCouncilsManagersHaveItsOverdueWorkInTheirDailyDigest() {
        String manager = people.ensureIn(unique("mgr"), List.of(TestPeople.AUTHORITY), Role.MANAGER);
        String familyName = "Quennell" + System.nanoTime() % 100_000;
        ProcessInstance concern = referrals.raise(people.ensure(Role.PRACTITIONER), "Morwenna", familyName, "Eastfield Primary", null, "no");
        var job = managementService.createJobQuery().processInstanceId(concern.getId()).activityId("Event_AssessmentOverdue").singleResult();
        managementService.executeJob(job.getId());
        String reference = String.format("C-%06d", jdbc.queryForObject(
                "select id from wellbeing_concern where process_instance_id = ?", Long.class, concern.getId()));

        drain();
        assertThat(mailsTo(manager)).as("not at once: in the digest unless they choose").isEmpty();
        mail.sendDigests(false);

        assertThat(mailsTo(manager)).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("Partnerflow: your daily digest of 1 notification");
            assertThat(body(m)).contains("Work in your council is past its timescale \u2014 reference " + reference)
                    .contains("https://partnerflow.council.example/cases/")
                    .doesNotContain(familyName, "Morwenna", "Eastfield", "hungry", "2016");
        });
    }

    @Test
    void childProtectionEscalationsAreMailedAtOnceWhateverIsChosen() {
        String screener = people.ensure(unique("cp-choice"), Role.CHILD_PROTECTION);
        people.signInAs(screener);
        assertThatThrownBy(() -> settings.choose(Kind.CHILD_PROTECTION_ESCALATION, Delivery.DAILY_DIGEST))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("always mailed at once");
        people.signOut();
        // Even a choice written around the service is not honoured for them.
        jdbc.update("insert into notification_setting (person_id, kind, delivery) values (?, ?, 'DAILY_DIGEST')", screener,
                Kind.CHILD_PROTECTION_ESCALATION.name());
        String reference = reference();
        notifications.tell(List.of(screener), Kind.CHILD_PROTECTION_ESCALATION, reference, "tasks/cp1", null);

        mail.sendDigests(false);
        assertThat(mailsTo(screener)).isEmpty();
        drain();
        assertThat(mailsTo(screener)).singleElement().extracting(NotificationMailTest::subject)
                .isEqualTo("A case has been escalated to child protection for screening \u2014 reference " + reference);
    }

    @Test
    void aFailedSendIsTriedAgainAfterItsBackOffAndArrivesOnce() {
        String np = people.ensure(unique("retry"), Role.NAMED_PERSON);
        String reference = reference();
        notifications.tell(List.of(np), Kind.TASK_ASSIGNED, reference, "tasks/r1", null);

        relay.failNext.set(1);
        Instant before = Instant.now();
        drain();
        relay.failNext.set(0);
        assertThat(mailsTo(np)).isEmpty();
        Map<String, Object> failed = row(np, reference);
        assertThat(failed).containsEntry("mail_state", "PENDING").containsEntry("mail_attempts", 1).containsEntry("mail_error", "MailSendException");
        assertThat(instant(failed.get("mail_next_at"))).isBetween(before.plus(Duration.ofSeconds(59)), Instant.now().plus(Duration.ofSeconds(61)));

        drain();
        assertThat(mailsTo(np)).as("not before its next try").isEmpty();

        jdbc.update("update notification set mail_next_at = ? where recipient = ?", Timestamp.from(Instant.now().minusSeconds(1)), np);
        drain();
        drain();
        assertThat(mailsTo(np)).hasSize(1);
        assertThat(row(np, reference)).containsEntry("mail_state", "SENT");
    }

    @Test
    void afterTheLastAttemptASendIsGivenUpAndABadAddressHoldsUpNoOneElse() {
        String bad = people.ensure(unique("bad"), Role.NAMED_PERSON);
        String good = people.ensure(unique("good"), Role.NAMED_PERSON);
        String none = people.ensure(unique("none"), Role.NAMED_PERSON);
        setEmail(bad, "not an address@@");
        setEmail(none, null);
        String reference = reference();
        notifications.tell(List.of(bad, good, none), Kind.TASK_OFFERED, reference, "tasks/b1", null);

        for (int attempt = 1; attempt <= 3; attempt++) {
            drain();
            jdbc.update("update notification set mail_next_at = ? where recipient = ? and mail_state = 'PENDING'",
                    Timestamp.from(Instant.now().minusSeconds(1)), bad);
        }
        drain();

        assertThat(mailsTo(good)).hasSize(1);
        assertThat(row(bad, reference)).containsEntry("mail_state", "GAVE_UP").containsEntry("mail_attempts", 3);
        assertThat(row(none, reference)).containsEntry("mail_state", "NO_ADDRESS");

        // Administrators see both, and may try a given-up mail again once the address is put right.
        people.signIn(Role.ADMIN);
        List<UnsentMail.Unsent> listed = unsent.list().stream().filter(u -> u.reference().equals(reference)).toList();
        assertThat(listed).extracting(UnsentMail.Unsent::state).containsExactlyInAnyOrder(UnsentMail.State.GAVE_UP, UnsentMail.State.NO_ADDRESS);
        UnsentMail.Unsent givenUp = listed.stream().filter(u -> u.state() == UnsentMail.State.GAVE_UP).findFirst().orElseThrow();
        assertThat(givenUp).satisfies(u -> {
            assertThat(u.recipient()).startsWith("Test ").doesNotContain("@");
            assertThat(u.kind()).isEqualTo("A task is waiting for someone in your team");
            assertThat(u.attempts()).isEqualTo(3);
            assertThat(u.nextTry()).isNull();
            assertThat(u.lastError()).as("the kind of error, not the address").isEqualTo("AddressException");
        });
        setEmail(bad, bad + "@example.org");
        assertThat(unsent.tryAgain(givenUp.id())).isTrue();
        assertThat(unsent.tryAgain(givenUp.id())).as("already waiting again").isFalse();
        people.signOut();
        drain();
        assertThat(mailsTo(bad)).hasSize(1);
    }

    @Test
    void twoSendersAtOnceSendEachMailOnce() throws Exception {
        String np = people.ensure(unique("race"), Role.NAMED_PERSON);
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            references.add(reference());
            notifications.tell(List.of(np), Kind.TASK_OFFERED, references.get(i), "tasks/race" + i, null);
        }

        List<Throwable> outcomes = Race.run(people, List.of(new Race.Contender(() -> { }, mail::sendImmediate),
                new Race.Contender(() -> { }, mail::sendImmediate)));
        assertThat(outcomes).containsOnlyNulls();
        drain();

        assertThat(mailsTo(np)).extracting(NotificationMailTest::subject)
                .containsExactlyInAnyOrderElementsOf(references.stream().map(r -> "A task is waiting for someone in your team \u2014 reference " + r).toList());
    }

    private void setEmail(String person, String email) {
        User user = identityService.createUserQuery().userId(person).singleResult();
        user.setEmail(email);
        identityService.saveUser(user);
    }
}
