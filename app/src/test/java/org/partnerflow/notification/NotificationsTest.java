package org.partnerflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.notification.Notification.Kind;
import org.partnerflow.testsupport.Race;
import org.partnerflow.testsupport.TestImprovements;
import org.partnerflow.testsupport.TestPartnerships;
import org.partnerflow.testsupport.TestPeople;
import org.partnerflow.testsupport.TestReferrals;
import org.partnerflow.workflow.TaskAssignments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 19, first slice: the engine's events tell the right people (the assignee; each member of the
 * groups a task is offered to; never the person who caused it, nor anyone else), in words that name
 * the kind of work and a reference only; a person reads and marks read their own notifications only.
 */
class NotificationsTest extends PartnerflowSpringTest {

    private static final String SCHOOL_GROUP = "named-persons.eastfield-primary";

    @Autowired
    Notifications notifications;
    @Autowired
    TestReferrals referrals;
    @Autowired
    TestPartnerships partnerships;
    @Autowired
    TestImprovements improvements;
    @Autowired
    TaskAssignments assignments;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.partnerflow.referral.ChangesOfHands changes;

    private String unique(String what) {
        return "notify-" + what + "-" + System.nanoTime();
    }

    /** A Named Person of the fixture school (in its engine group), who is offered its new concerns' assessments. */
    private String schoolNamedPerson(String what) {
        return people.ensureIn(unique(what), List.of(SCHOOL_GROUP, TestPeople.AUTHORITY), Role.NAMED_PERSON);
    }

    /** What the person has been told, newest first, read as they would read it. */
    private List<Notification> toldOf(String person) {
        return as(person, () -> notifications.latest(Notifications.MAX_PAGE));
    }

    private <T> T as(String person, Supplier<T> read) {
        people.signInAs(person);
        try {
            return read.get();
        } finally {
            people.signOut();
        }
    }

    private Task taskAt(ProcessInstance p, String activity) {
        return taskService.createTaskQuery().processInstanceId(p.getId()).taskDefinitionKey(activity).singleResult();
    }

    private String referenceOf(ProcessInstance referral) {
        Long concernId = jdbc.queryForObject("select id from wellbeing_concern where process_instance_id = ?", Long.class, referral.getId());
        return String.format("C-%06d", concernId);
    }

    private void fire(ProcessInstance p, String timer) {
        Job job = managementService.createJobQuery().processInstanceId(p.getId()).activityId(timer).singleResult();
        assertThat(job).as("timer " + timer).isNotNull();
        managementService.executeJob(job.getId());
    }

    @Test
    void aNewConcernTellsEachNamedPersonOfItsSchoolButNotTheRaiserNorAnyoneElse() {
        String insider = schoolNamedPerson("np");
        String elsewhere = people.ensureIn(unique("np-elsewhere"), List.of(TestPeople.AUTHORITY), Role.NAMED_PERSON);
        String raiser = schoolNamedPerson("raiser");

        ProcessInstance referral = referrals.raise(raiser, "Ailsa", unique("family"), "Eastfield Primary", null, "no");

        Task assessment = taskAt(referral, "Activity_NamedPersonAssessment");
        assertThat(toldOf(insider)).singleElement().satisfies(n -> {
            assertThat(n.getKind()).isEqualTo(Kind.CONCERN_TO_ASSESS);
            assertThat(n.getReference()).isEqualTo(referenceOf(referral));
            assertThat(n.getLink()).isEqualTo("tasks/" + assessment.getId());
            assertThat(n.text()).isEqualTo("A wellbeing concern is waiting for your assessment \u2014 reference " + referenceOf(referral));
            assertThat(n.isRead()).isFalse();
            assertThat(n.getMailedAt()).as("left for the mail sender to come").isNull();
        });
        assertThat(toldOf(elsewhere)).as("a Named Person of another establishment").isEmpty();
        assertThat(toldOf(raiser)).as("the raiser, in the group, raised it themselves").isEmpty();
        assertThat(as(insider, notifications::unreadCount)).isEqualTo(1);
    }

    @Test
    void claimingTellsNoOneAndHandingOverTellsTheNewHolderOnly() {
        String first = schoolNamedPerson("first");
        String second = schoolNamedPerson("second");
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), "Ailsa", unique("family"), "Eastfield Primary", null, "no");
        Task assessment = taskAt(referral, "Activity_NamedPersonAssessment");
        int secondBefore = toldOf(second).size();

        as(first, () -> {
            assignments.claim(assessment.getId());
            return null;
        });
        assertThat(toldOf(first)).as("offered, then claimed it themselves: told once, of the offer").hasSize(1);
        as(first, () -> {
            assignments.handOver(assessment.getId(), second);
            return null;
        });

        assertThat(toldOf(second)).hasSize(secondBefore + 1);
        assertThat(toldOf(second).get(0)).satisfies(n -> {
            assertThat(n.getKind()).isEqualTo(Kind.CONCERN_TO_ASSESS);
            assertThat(n.getLink()).isEqualTo("tasks/" + assessment.getId());
        });
        assertThat(toldOf(first)).as("the one who handed it over").hasSize(1);
    }

    @Test
    void anImmediateRiskEscalatesToChildProtectionWhoseMembersAreToldAndNoNamedPerson() {
        String screener = people.ensure(unique("cp"), Role.CHILD_PROTECTION);
        String np = schoolNamedPerson("np-cp");

        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), "Ailsa", unique("family"), "Eastfield Primary", null, "yes");

        assertThat(toldOf(screener)).singleElement().satisfies(n -> {
            assertThat(n.getKind()).isEqualTo(Kind.CHILD_PROTECTION_ESCALATION);
            assertThat(n.getReference()).isEqualTo(referenceOf(referral));
            assertThat(n.getLink()).isEqualTo("tasks/" + taskAt(referral, "Activity_ChildProtectionScreening").getId());
        });
        assertThat(toldOf(np)).as("screening comes before the assessment").isEmpty();
    }

    @Test
    void anInvitationTellsTheInvitedAgencysPractitionersOnlyAndATransferTheReceivingSchoolsNamedPersons() {
        String np = people.ensure(Role.NAMED_PERSON);
        String health = referrals.agencyPractitioner(TestReferrals.HEALTH_VISITING);
        String police = referrals.agencyPractitioner(TestReferrals.POLICE);
        int healthBefore = toldOf(health).size();
        int policeBefore = toldOf(police).size();
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), "Ailsa", unique("family"), "Eastfield Primary", null, "no");
        referrals.work(referral, "Activity_NamedPersonAssessment", np, TestReferrals.assessment("Healthy", 2L, true));
        referrals.work(referral, "Activity_ConfirmPathway", np, Map.of("pathwayChoice", "accept"));
        referrals.work(referral, "Activity_RecordConsent", np, Map.of("consentGiven", "yes", "consentGivenBy", "Mother",
                "consentScope", "Attendance and health", "consentAgencies", List.of("health", "police"), "consentDate", "2026-11-20"));
        referrals.work(referral, "Activity_AppointLeadProfessional", people.ensure(Role.LEAD_PROFESSIONAL),
                Map.of("invitedAgencies", List.of(TestReferrals.HEALTH_VISITING)));

        assertThat(toldOf(health)).hasSize(healthBefore + 1);
        assertThat(toldOf(health).get(0)).satisfies(n -> {
            assertThat(n.getKind()).isEqualTo(Kind.TEAM_INVITATION);
            assertThat(n.getReference()).isEqualTo(referenceOf(referral));
        });
        assertThat(toldOf(police)).as("police not invited").hasSize(policeBefore);

        String receiving = people.ensureIn(unique("np-cartside"), List.of("renfrewshire", "named-persons.cartside-primary"), Role.NAMED_PERSON);
        String eastfield = schoolNamedPerson("np-sending");
        ProcessInstance moving = referrals.raise(people.ensure(Role.PRACTITIONER), "Ailsa", unique("family"), "Eastfield Primary", null, "no");
        referrals.work(moving, "Activity_NamedPersonAssessment", np, TestReferrals.assessment("Healthy", 3L, false));
        long concernId = jdbc.queryForObject("select id from wellbeing_concern where process_instance_id = ?", Long.class, moving.getId());
        as(np, () -> {
            changes.proposeTransfer(concernId, "cartside-primary", "The family moved house over the October holidays");
            return null;
        });

        assertThat(toldOf(receiving)).singleElement().satisfies(n -> {
            assertThat(n.getKind()).isEqualTo(Kind.TRANSFER_TO_ACCEPT);
            assertThat(n.getLink()).isEqualTo("tasks/" + taskAt(moving, "Activity_AcceptTransfer").getId());
        });
        assertThat(toldOf(eastfield)).as("the sending school's Named Persons: only the assessment offered before")
                .extracting(Notification::getKind).containsExactly(Kind.CONCERN_TO_ASSESS);
    }

    @Test
    void theReminderAndTheOverdueTimerTellWhoeverHoldsTheTask() {
        String holder = schoolNamedPerson("holder");
        String other = schoolNamedPerson("other");
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), "Ailsa", unique("family"), "Eastfield Primary", null, "no");
        Task assessment = taskAt(referral, "Activity_NamedPersonAssessment");
        as(holder, () -> {
            assignments.claim(assessment.getId());
            return null;
        });

        fire(referral, "Event_AssessmentReminder");
        fire(referral, "Event_AssessmentOverdue");

        assertThat(toldOf(holder)).extracting(Notification::getKind)
                .containsExactly(Kind.TASK_OVERDUE, Kind.TASK_REMINDER, Kind.CONCERN_TO_ASSESS);
        assertThat(toldOf(holder)).allSatisfy(n -> assertThat(n.getLink()).isEqualTo("tasks/" + assessment.getId()));
        assertThat(toldOf(other)).as("offered it before it was claimed; not told of its timers").extracting(Notification::getKind)
                .containsExactly(Kind.CONCERN_TO_ASSESS);
    }

    @Test
    void aMissedTimescaleTellsTheManagersOfTheChildsCouncilOnly() {
        String ours = people.ensureIn(unique("mgr"), List.of(TestPeople.AUTHORITY), Role.MANAGER);
        String elsewhere = people.ensure(unique("mgr-elsewhere"), Role.MANAGER);
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), "Ailsa", unique("family"), "Eastfield Primary", null, "no");

        fire(referral, "Event_AssessmentOverdue");

        String reference = referenceOf(referral);
        assertThat(toldOf(ours)).singleElement().satisfies(n -> {
            assertThat(n.getKind()).isEqualTo(Kind.OVERDUE_IN_YOUR_COUNCIL);
            assertThat(n.getReference()).isEqualTo(reference);
            assertThat(n.getLink()).isEqualTo("cases/" + reference.substring(2).replaceFirst("^0+", ""));
            assertThat(n.text()).isEqualTo("Work in your council is past its timescale \u2014 reference " + reference);
        });
        assertThat(toldOf(elsewhere)).as("a manager of no council: not theirs").isEmpty();
    }

    @Test
    void aReminderOnAnUnclaimedTaskTellsEveryoneItIsOfferedTo() {
        String one = schoolNamedPerson("one");
        String two = schoolNamedPerson("two");
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), "Ailsa", unique("family"), "Eastfield Primary", null, "no");

        fire(referral, "Event_AssessmentReminder");

        for (String person : List.of(one, two)) {
            assertThat(toldOf(person)).extracting(Notification::getKind).containsExactly(Kind.TASK_REMINDER, Kind.CONCERN_TO_ASSESS);
        }
    }

    @Test
    void aPartnershipsMeetingAndEvaluationAndATrialsMeasuresAreToldToWhoseTheyAre() {
        String lead = people.ensure(unique("lead"), Role.PARTNERSHIP_LEAD);
        List<TestPartnerships.Partner> partners = partnerships.partners(2);
        ProcessInstance partnership = partnerships.active(lead, "Numeracy " + System.nanoTime(), partners, "2027-03-31");
        int leadBefore = toldOf(lead).size();

        partnerships.fire(partnership, "Event_MeetingDue");
        assertThat(toldOf(lead)).hasSize(leadBefore + 1);
        assertThat(toldOf(lead).get(0)).satisfies(n -> {
            assertThat(n.getKind()).isEqualTo(Kind.PARTNERSHIP_MEETING_DUE);
            assertThat(n.getReference()).matches("P-\\d{6,}");
            assertThat(n.getLink()).isEqualTo("tasks/" + taskAt(partnership, "Activity_PrepareAgenda").getId());
        });

        partnerships.fire(partnership, "Event_EvaluationDue");
        for (TestPartnerships.Partner partner : partners) {
            assertThat(toldOf(partner.contact()).get(0).getKind()).as(partner.contact()).isEqualTo(Kind.EVALUATION_DUE);
        }

        String projectLead = people.ensure(unique("project-lead"), Role.PARTNERSHIP_LEAD);
        ProcessInstance project = improvements.start(projectLead, "Breakfast " + System.nanoTime());
        improvements.work(project, "Activity_PlanChange", projectLead, TestImprovements.plan("Free breakfast club"));
        assertThat(toldOf(projectLead)).as("the lead's own steps, each started by their own completion").isEmpty();
        improvements.fire(project, "Event_MonitorDue");
        assertThat(toldOf(projectLead)).singleElement().satisfies(n -> {
            assertThat(n.getKind()).isEqualTo(Kind.MEASURES_DUE);
            assertThat(n.getReference()).matches("I-\\d{6,}");
        });
    }

    /**
     * The rule for all of issue 19: a notification may be mailed, so none names the child, their date
     * of birth, their school or what was observed. A concern raised with distinctive details and taken
     * through escalation, assessment and the following steps; every notification written meanwhile scanned.
     */
    @Test
    void noNotificationCarriesTheChildsDetails() {
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from notification", Long.class);
        String np = schoolNamedPerson("np-privacy");
        String givenName = "Zebedee" + (System.nanoTime() % 100000);
        String familyName = "Quartermaine" + (System.nanoTime() % 100000);
        ProcessInstance risky = referrals.raise(people.ensure(Role.PRACTITIONER), givenName, familyName, "Eastfield Primary", null, "yes");
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), givenName, familyName + "b", "Eastfield Primary", null, "no");
        fire(referral, "Event_AssessmentReminder");
        referrals.toSingleAgencyPlan(referral, np);
        assertThat(risky).isNotNull();

        List<Map<String, Object>> written = jdbc.queryForList("select * from notification where id > ?", before);
        assertThat(written).as("notifications written").hasSizeGreaterThanOrEqualTo(3);
        List<String> texts = new ArrayList<>();
        for (Map<String, Object> row : written) {
            texts.add(row.values().toString());
        }
        for (long id : written.stream().map(r -> ((Number) r.get("ID")).longValue()).toList()) {
            texts.add(jdbc.queryForObject("select recipient from notification where id = ?", String.class, id));
        }
        for (String person : List.of(np, "test-child-protection")) {
            as(person, () -> notifications.latest(Notifications.MAX_PAGE)).forEach(n -> texts.add(n.text() + " " + n.getLink()));
        }
        assertThat(texts).isNotEmpty().allSatisfy(text -> assertThat(text).doesNotContain(givenName, familyName, "Eastfield",
                "eastfield", "2016-04-12", "12/04/2016", "12 April 2016", "hungry", "asleep", "Child:"));
    }

    @Test
    void aReferenceOrLinkThatCouldCarryAPersonsDetailsIsRefused() {
        assertThatThrownBy(() -> notifications.tell(List.of("someone"), Kind.TASK_ASSIGNED, "Ailsa Brown", "tasks/1", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> notifications.tell(List.of("someone"), Kind.TASK_ASSIGNED, "C-000001", "cases/1?child=Ailsa", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPersonMarksReadTheirOwnOnlyAndAnotherIsRefused() {
        String me = people.ensure(unique("me"), Role.PRACTITIONER);
        String someoneElse = people.ensure(unique("else"), Role.MANAGER, Role.ADMIN);
        notifications.tell(List.of(me), Kind.TASK_ASSIGNED, "C-000001", "tasks/a", null);
        notifications.tell(List.of(me), Kind.TASK_OFFERED, "C-000002", "tasks/b", null);
        long id = toldOf(me).get(0).getId();

        assertThatThrownBy(() -> as(someoneElse, () -> notifications.markRead(id)))
                .isInstanceOf(AuthorizationException.class).hasMessage("There is no such notification of yours.");
        assertThat(as(someoneElse, notifications::markAllRead)).isZero();
        assertThat(toldOf(someoneElse)).as("another's notifications are not listed").isEmpty();
        assertThat(as(me, notifications::unreadCount)).as("nothing marked by another").isEqualTo(2);

        assertThat(as(me, () -> notifications.markRead(id)).isRead()).isTrue();
        assertThat(as(me, notifications::unreadCount)).isEqualTo(1);
        assertThat(as(me, () -> notifications.markRead(id)).isRead()).as("again: still read").isTrue();
        assertThat(as(me, notifications::markAllRead)).isEqualTo(1);
        assertThat(as(me, notifications::unreadCount)).isZero();
        assertThat(toldOf(me)).allMatch(Notification::isRead);
    }

    /** Two tabs marking one read and all read at once: both succeed, nothing is refused as changed meanwhile. */
    @Test
    void markingReadTwiceAtOnceNeitherFailsNorClashes() throws Exception {
        String me = people.ensure(unique("race"), Role.PRACTITIONER);
        notifications.tell(List.of(me), Kind.TASK_ASSIGNED, "C-000011", "tasks/r1", null);
        notifications.tell(List.of(me), Kind.TASK_ASSIGNED, "C-000012", "tasks/r2", null);
        long id = toldOf(me).get(0).getId();

        List<Throwable> outcomes = Race.run(people, List.of(
                new Race.Contender(() -> people.signInAs(me), () -> notifications.markRead(id)),
                new Race.Contender(() -> people.signInAs(me), () -> notifications.markRead(id)),
                new Race.Contender(() -> people.signInAs(me), notifications::markAllRead)));

        assertThat(outcomes).containsOnlyNulls();
        assertThat(as(me, notifications::unreadCount)).isZero();
    }

    @Test
    void nobodySignedInReadsNothing() {
        assertThatThrownBy(() -> notifications.unreadCount()).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> notifications.latest(10)).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> notifications.markAllRead()).isInstanceOf(AuthorizationException.class);
    }

    @Test
    void theListIsPagedNewestFirst() {
        String me = people.ensure(unique("pages"), Role.PRACTITIONER);
        for (int i = 1; i <= 25; i++) {
            notifications.tell(List.of(me), Kind.TASK_ASSIGNED, String.format("C-%06d", i), "tasks/t" + i, null);
        }

        var first = as(me, () -> notifications.page(0, 10));
        var last = as(me, () -> notifications.page(2, 10));

        assertThat(first.getTotalElements()).isEqualTo(25);
        assertThat(first.getContent()).extracting(Notification::getReference).startsWith("C-000025", "C-000024").hasSize(10);
        assertThat(last.getContent()).extracting(Notification::getReference)
                .containsExactly("C-000005", "C-000004", "C-000003", "C-000002", "C-000001");
        assertThatThrownBy(() -> as(me, () -> notifications.page(0, Notifications.MAX_PAGE + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
