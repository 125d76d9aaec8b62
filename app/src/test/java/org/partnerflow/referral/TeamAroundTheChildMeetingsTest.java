package org.partnerflow.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.referral.TeamAroundTheChildMeetings.MeetingRecord;
import org.partnerflow.referral.TeamMeeting.FamilyAgreement;
import org.partnerflow.referral.TeamMeeting.Part;
import org.partnerflow.testsupport.TestReferrals;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.form.FormValidationException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Team-around-the-child meetings with the real services and delegates: recorded by the case's
 * coordinator only, never in the future, the family's agreement with its reason; a review refused
 * without one (nothing written), accepted with a reason none was held; and step-down as a state.
 */
class TeamAroundTheChildMeetingsTest extends PartnerflowSpringTest {

    @Autowired
    TestReferrals referrals;
    @Autowired
    TeamAroundTheChildMeetings meetings;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    PlanReviews reviews;
    @Autowired
    ChildsPlanVersions plans;
    @Autowired
    Chronology chronology;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;

    private String namedPerson;

    /** A single-agency case whose review has fallen due, its Named Person coordinating. */
    private ProcessInstance reviewDue(String family) {
        namedPerson = people.ensure(Role.NAMED_PERSON);
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), family + System.nanoTime(), null, "no");
        referrals.toSingleAgencyPlan(referral, namedPerson);
        managementService.executeJob(managementService.createJobQuery().processInstanceId(referral.getId()).activityId("Event_ReviewDue")
                .singleResult().getId());
        return referral;
    }

    private WellbeingConcern concernOf(ProcessInstance referral) {
        return concerns.findByProcessInstanceId(referral.getId()).orElseThrow();
    }

    private static MeetingRecord held(LocalDate on, FamilyAgreement agreement, String why) {
        return new MeetingRecord(TeamMeeting.Kind.REVIEW, true, on, "Eastfield Primary",
                null, List.of(new TeamMeeting.Person(Part.CHILD, "Ailsa", null, true, true),
                        new TeamMeeting.Person(Part.PARENT_OR_CARER, "Morag (mother)", null, true, false),
                        new TeamMeeting.Person(Part.ADVOCATE, "Jo Kerr (Who Cares? Scotland)", null, false, true)),
                "I want to stay at breakfast club", "Mum says mornings are easier", "Breakfast club continues", agreement, why);
    }

    private TeamMeeting recordAs(String user, long concernId, MeetingRecord record) {
        people.signInAs(user);
        try {
            return meetings.record(concernId, record);
        } finally {
            people.signOut();
        }
    }

    @Test
    void aMeetingInTheFutureCannotBeRecordedAsHeld() {
        ProcessInstance referral = reviewDue("Future");
        long concernId = concernOf(referral).getId();
        LocalDate tomorrow = LocalDate.now(Words.ZONE).plusDays(1);

        assertThatThrownBy(() -> recordAs(namedPerson, concernId, held(tomorrow, FamilyAgreement.AGREED, null)))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.fieldErrors()).containsEntry("heldOn",
                        "The meeting date " + Words.date(tomorrow) + " is in the future: a meeting can be recorded once it has been held."));
        assertThat(meetings.of(concernOf(referral))).isEmpty();
    }

    @Test
    void aReviewWithoutAMeetingIsRefusedInWordsAndNothingIsWritten() {
        ProcessInstance referral = reviewDue("NoMeeting");
        WellbeingConcern concern = concernOf(referral);
        int entries = chronology.of(concern).size();

        assertThatThrownBy(() -> referrals.work(referral, "Activity_Review", namedPerson, TestReferrals.review("close", null)))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.fieldErrors().get("reviewDecision"))
                        .startsWith("Record the review meeting first (on the case page, Record a meeting)"));

        assertThat(reviews.findByConcernIdOrderByHeldAtAsc(concern.getId())).isEmpty();
        assertThat(chronology.of(concern)).hasSize(entries);
        assertThat(taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey("Activity_Review").count()).isOne();
    }

    @Test
    void aReasonNoMeetingWasHeldLetsTheReviewComplete() {
        ProcessInstance referral = reviewDue("NotHeld");
        long concernId = concernOf(referral).getId();
        assertThatThrownBy(() -> recordAs(namedPerson, concernId, new MeetingRecord(TeamMeeting.Kind.REVIEW, false, null, null, " ",
                List.of(), null, null, null, null, null)))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("notHeldReason"));

        TeamMeeting none = recordAs(namedPerson, concernId, new MeetingRecord(TeamMeeting.Kind.REVIEW, false, null, null,
                "The family asked to review by telephone this time", List.of(), null, null, null, null, null));
        referrals.work(referral, "Activity_Review", namedPerson, TestReferrals.review("close", null));

        assertThat(none.isHeld()).isFalse();
        assertThat(reviews.findByConcernIdOrderByHeldAtAsc(concernId)).singleElement()
                .satisfies(r -> assertThat(r.getDecision()).isEqualTo(PlanReview.Decision.CLOSE));
        assertThat(chronology.of(concernOf(referral))).extracting(ChronologyEntry::getKind).contains(Kind.MEETING_NOT_HELD);
    }

    @Test
    void theFamilysAgreementIsRecordedAndADisagreementNeedsItsReason() {
        ProcessInstance referral = reviewDue("Agree");
        long concernId = concernOf(referral).getId();
        LocalDate today = LocalDate.now(Words.ZONE);
        assertThatThrownBy(() -> recordAs(namedPerson, concernId, held(today, FamilyAgreement.NOT_AGREED, null)))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.fieldErrors().get("agreementReason"))
                        .startsWith("Say why the family does not agree the plan"));

        TeamMeeting meeting = recordAs(namedPerson, concernId, held(today, FamilyAgreement.NOT_AGREED, "Mum wants the club to start later"));
        referrals.work(referral, "Activity_Review", namedPerson, TestReferrals.review("continue", today.plusMonths(3).toString()));

        // The version agreed at the review carries the meeting's agreement; the single-agency plan before it had none.
        assertThat(meetings.agreements(concernOf(referral), plans.findByConcernIdOrderByVersionNumberDesc(concernId)))
                .extracting(a -> a.version().getVersionNumber(), a -> a.meeting() == null ? null : a.meeting().getId())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, null), org.assertj.core.groups.Tuple.tuple(2, meeting.getId()));

        assertThat(meetings.of(concernOf(referral))).singleElement().satisfies(m -> {
            assertThat(m.getFamilyAgreement()).isEqualTo(FamilyAgreement.NOT_AGREED);
            assertThat(m.getAgreementReason()).isEqualTo("Mum wants the club to start later");
            assertThat(m.getFamilyViews()).isEqualTo("Mum says mornings are easier");
            assertThat(m.getPeople()).extracting(TeamMeeting.Person::getName, TeamMeeting.Person::isInvited, TeamMeeting.Person::isAttended)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Ailsa", true, true),
                            org.assertj.core.groups.Tuple.tuple("Morag (mother)", true, false),
                            org.assertj.core.groups.Tuple.tuple("Jo Kerr (Who Cares? Scotland)", false, true));
        });
        assertThat(chronology.of(concernOf(referral))).extracting(ChronologyEntry::getSummary)
                .anySatisfy(t -> assertThat(t).isEqualTo("Review team-around-the-child meeting held on " + Words.date(today)
                        + ": 2 attended of 2 invited. The family: does not agree the plan."))
                .noneMatch(t -> t.contains("mornings are easier")); // the views stay off the chronology a raiser reads
    }

    @Test
    void onlyTheCasesCoordinatorRecordsItsMeetings() {
        ProcessInstance referral = reviewDue("Who");
        long concernId = concernOf(referral).getId();
        // Another of the school's Named Persons may open the case, but it is not theirs to coordinate.
        String otherNamedPerson = people.ensureIn("test-np-meetings-other", List.of("named-persons.eastfield-primary"), Role.NAMED_PERSON);
        String practitioner = people.ensure(Role.PRACTITIONER);

        assertThatThrownBy(() -> recordAs(practitioner, concernId, held(LocalDate.now(Words.ZONE), FamilyAgreement.AGREED, null)))
                .isInstanceOf(AuthorizationException.class).hasMessageContaining("Only the case's Lead Professional");
        assertThatThrownBy(() -> recordAs(otherNamedPerson, concernId, held(LocalDate.now(Words.ZONE), FamilyAgreement.AGREED, null)))
                .isInstanceOf(AuthorizationException.class).hasMessageContaining("Only the case's Lead Professional");
        assertThat(meetings.of(concernOf(referral))).isEmpty();
    }

    @Test
    void aStepDownKeepsTheCaseOpenUnderTheNamedPersonThenStepsUpAgain() {
        ProcessInstance referral = reviewDue("StepDown");
        referrals.reviewAtAMeeting(referral, namedPerson, TestReferrals.review("step-down", null));

        WellbeingConcern stepped = concernOf(referral);
        assertThat(stepped.getStage()).isEqualTo(CaseStage.STEPPED_DOWN);
        assertThat(stepped.getClosedAt()).isNull();
        assertThat(runtimeService.getVariable(referral.getId(), "coordinator")).isEqualTo(namedPerson);
        LocalDate lightReview = LocalDate.now(Words.ZONE).plusMonths(6);
        assertThat((Date) runtimeService.getVariable(referral.getId(), "stepDownReviewAt"))
                .isEqualTo(Date.from(ZonedDateTime.of(lightReview.atTime(9, 0), Words.ZONE).toInstant()));
        assertThat(chronology.of(stepped)).extracting(ChronologyEntry::getSummary).contains("Stepped down to universal support: the"
                + " case stays open with the Named Person, next light review on " + Words.date(lightReview));

        managementService.executeJob(managementService.createJobQuery().processInstanceId(referral.getId())
                .activityId("Event_StepDownReviewDue").singleResult().getId());
        referrals.work(referral, "Activity_StepDownReview", namedPerson, Map.of("stepDownProgress", "Settled; attendance 96%",
                "stepDownViews", "Ailsa is happy", "stepDownDecision", "continue"));
        assertThat(concernOf(referral).getStage()).isEqualTo(CaseStage.STEPPED_DOWN);

        managementService.executeJob(managementService.createJobQuery().processInstanceId(referral.getId())
                .activityId("Event_StepDownReviewDue").singleResult().getId());
        referrals.work(referral, "Activity_StepDownReview", namedPerson, Map.of("stepDownProgress", "Mornings are hard again",
                "stepDownViews", "Mum asks for help", "stepDownDecision", "step-up", "stepUpTo", "targeted-single-agency"));

        WellbeingConcern steppedUp = concernOf(referral);
        assertThat(steppedUp.getStage()).isEqualTo(CaseStage.SINGLE_AGENCY);
        assertThat(steppedUp.getPathway()).isEqualTo(Pathway.TARGETED_SINGLE_AGENCY);
        assertThat(taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey("Activity_RecordConsent")
                .singleResult().getAssignee()).isEqualTo(namedPerson);
        assertThat(chronology.of(steppedUp)).extracting(ChronologyEntry::getKind).containsSubsequence(Kind.STEP_DOWN, Kind.STEP_DOWN_REVIEW,
                Kind.STEP_DOWN_REVIEW, Kind.STEPPED_UP);
    }

    @Test
    void aLightReviewClosesTheCaseWithTheNamedPersonsSummary() {
        ProcessInstance referral = reviewDue("StepDownClose");
        referrals.reviewAtAMeeting(referral, namedPerson, TestReferrals.review("step-down", null));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(referral.getId())
                .activityId("Event_StepDownReviewDue").singleResult().getId());
        assertThatThrownBy(() -> referrals.work(referral, "Activity_StepDownReview", namedPerson, Map.of("stepDownProgress", "Fine",
                "stepDownViews", "Happy", "stepDownDecision", "continue", "nextLightReviewDate", LocalDate.now(Words.ZONE).toString())))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("nextLightReviewDate", "The next light review must be after today."));

        referrals.work(referral, "Activity_StepDownReview", namedPerson, Map.of("stepDownProgress", "Needs met",
                "stepDownViews", "Happy", "stepDownDecision", "close"));
        referrals.work(referral, "Activity_CloseCase", namedPerson, Map.of("closingSummary", "Needs met in universal services."));

        assertThat(concernOf(referral).getStage()).isEqualTo(CaseStage.CLOSED);
    }
}
