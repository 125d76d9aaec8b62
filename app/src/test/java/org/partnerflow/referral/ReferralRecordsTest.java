package org.partnerflow.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.testsupport.TestReferrals;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.form.FormValidationException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The referral in the running application: real forms (validated by the guard), the real pathway
 * rules and the real case-record writers, from the concern to closure, with the chronology filling
 * itself in.
 */
class ReferralRecordsTest extends PartnerflowSpringTest {

    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    Children children;
    @Autowired
    WellbeingRatings ratings;
    @Autowired
    Chronology chronology;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    ConsentRecords consents;
    @Autowired
    TeamMembers team;
    @Autowired
    ChildsPlanVersions plans;
    @Autowired
    PlanReviews planReviews;

    @Autowired
    InformationSharing sharing;
    @Autowired
    WellbeingAssessments assessments;

    @Autowired
    TestReferrals referrals;

    private ProcessInstance raiseConcern(String familyName, String candidateNumber, String immediateRisk) {
        return referrals.raise(people.ensure(Role.PRACTITIONER), familyName, candidateNumber, immediateRisk);
    }

    private Task taskAt(ProcessInstance referral, String activity) {
        return taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey(activity).singleResult();
    }

    private void work(ProcessInstance referral, String activity, String userId, Map<String, Object> values) {
        referrals.work(referral, activity, userId, values);
    }

    private void reviewFallsDue(ProcessInstance referral) {
        Job reviewDue = managementService.createJobQuery().processInstanceId(referral.getId()).activityId("Event_ReviewDue").singleResult();
        managementService.executeJob(reviewDue.getId());
    }

    private static Map<String, Object> review(String decision, String nextReviewDate) {
        return TestReferrals.review(decision, nextReviewDate);
    }

    private static Map<String, Object> assessment(long lowest, boolean needsOtherAgencies) {
        Map<String, Object> v = new HashMap<>();
        for (WellbeingIndicator i : WellbeingIndicator.values()) {
            v.put("rating" + i.displayName(), i == WellbeingIndicator.NURTURED ? lowest : 5L);
        }
        v.put("needsOtherAgencies", needsOtherAgencies);
        v.put("whatIsGettingInTheWay", "Mother is unwell; no breakfast at home");
        v.put("informationNeeded", "Health visitor's view");
        v.put("whatICanDoNow", "Breakfast club place");
        v.put("whatMyAgencyCanDo", "Pupil support check-ins");
        v.put("additionalHelp", "Family support from social work");
        v.put("childsViews", "Wants to stay at Eastfield");
        v.put("parentsViews", "Mother welcomes help");
        return v;
    }

    @Test
    void aMultiAgencyCaseRunsFromConcernToClosureAndTheChronologyRecordsEveryStep() {
        String family = "Multi" + System.nanoTime();
        ProcessInstance referral = raiseConcern(family, null, "no");
        WellbeingConcern concern = concerns.findByProcessInstanceId(referral.getId()).orElseThrow();
        assertThat(concern.getStage()).isEqualTo(CaseStage.ASSESSMENT);
        assertThat(concern.getChild().getFamilyName()).isEqualTo(family);
        Task assessmentTask = taskAt(referral, "Activity_NamedPersonAssessment");
        assertThat(assessmentTask.getDescription()).isEqualTo("Child: Ailsa " + family + " (born 12 Apr 2016)");
        assertThat(assessmentTask.getDueDate()).isInTheFuture();

        String namedPerson = people.ensure(Role.NAMED_PERSON);
        String leadProfessional = people.ensure(Role.LEAD_PROFESSIONAL);
        String agency = referrals.agencyPractitioner(TestReferrals.HEALTH_VISITING);
        work(referral, "Activity_NamedPersonAssessment", namedPerson, assessment(2, true));
        assertThat(ratings.findByConcernIdOrderByRatedAtAscIndicatorAsc(concern.getId())).hasSize(8)
                .extracting(WellbeingRating::getRatedAt).as("one occasion, one moment").containsOnly(
                        ratings.findByConcernIdOrderByRatedAtAscIndicatorAsc(concern.getId()).get(0).getRatedAt());
        assertThat(assessments.findByConcernIdOrderByAssessedAtAsc(concern.getId())).singleElement().satisfies(a -> {
            assertThat(a.getAssessedBy()).isEqualTo(namedPerson);
            assertThat(a.getWhatIsGettingInTheWay()).isEqualTo("Mother is unwell; no breakfast at home");
            assertThat(a.isNeedsOtherAgencies()).isTrue();
            assertThat(a.getChildsViews()).isEqualTo("Wants to stay at Eastfield");
            assertThat(a.getGrowingStrengths()).as("left blank").isNull();
            assertThat(a.getAssessedAt()).as("the ratings' moment").isEqualTo(
                    ratings.findByConcernIdOrderByRatedAtAscIndicatorAsc(concern.getId()).get(0).getRatedAt());
        });
        assertThat(taskAt(referral, "Activity_ConfirmPathway").getAssignee()).isEqualTo(namedPerson);
        assertThat(runtimeService.getVariable(referral.getId(), "recommendedPathway")).isEqualTo("MULTI_AGENCY");

        work(referral, "Activity_ConfirmPathway", namedPerson, Map.of("pathwayChoice", "accept"));
        work(referral, "Activity_RecordConsent", namedPerson, Map.of("consentGiven", "yes", "consentGivenBy", "Mother",
                "consentScope", "Attendance, health and family support", "consentAgencies", List.of("health", "social-work"),
                "consentDate", "2026-11-20"));
        work(referral, "Activity_AppointLeadProfessional", leadProfessional, Map.of("invitedAgencies", List.of(TestReferrals.HEALTH_VISITING)));
        work(referral, "Activity_AgencyResponse", agency, TestReferrals.joins(agency));
        referrals.agreeAtTheTeamMeeting(referral, leadProfessional, Map.of("needsSummary", "Food and sleep",
                "outcomeHealthy", "Eats breakfast every school day", "planActions", "Breakfast club; Mrs Hay; Education; 2027-01-31",
                "reviewDate", LocalDate.now().plusDays(30).toString()));

        String firstReviewDate = LocalDate.now().plusDays(30).toString();
        reviewFallsDue(referral);
        referrals.reviewAtAMeeting(referral, leadProfessional, review("continue", LocalDate.now().plusDays(120).toString()));
        reviewFallsDue(referral);
        referrals.reviewAtAMeeting(referral, leadProfessional, review("close", null));
        work(referral, "Activity_CloseCase", leadProfessional, Map.of("closingSummary", "Needs met; breakfast club continues."));

        WellbeingConcern closed = concerns.findById(concern.getId()).orElseThrow();
        assertThat(closed.getStage()).isEqualTo(CaseStage.CLOSED);
        assertThat(closed.getNamedPerson()).isEqualTo(namedPerson);
        assertThat(closed.getLeadProfessional()).isEqualTo(leadProfessional);
        assertThat(closed.getPathway()).isEqualTo(Pathway.MULTI_AGENCY);
        assertThat(ratings.findByConcernIdOrderByRatedAtAscIndicatorAsc(concern.getId())).hasSize(24);
        assertThat(chronology.of(closed)).extracting(ChronologyEntry::getKind).containsExactly(
                Kind.CONCERN_RAISED, Kind.ASSESSMENT, Kind.PATHWAY_DECIDED, Kind.CONSENT_RECORDED,
                Kind.LEAD_PROFESSIONAL_APPOINTED, Kind.INFORMATION_SHARED, Kind.AGENCY_JOINED, Kind.MEETING_HELD, Kind.PLAN_AGREED,
                Kind.MEETING_HELD, Kind.REVIEW, Kind.MEETING_HELD, Kind.REVIEW, Kind.CLOSURE);
        assertThat(chronology.of(closed)).extracting(ChronologyEntry::getSummary).as("dates British, options in words")
                .anySatisfy(t -> assertThat(t).startsWith("Concern raised (School or nursery), observed on 18 Nov 2026, about Healthy, Nurtured: "))
                .anySatisfy(t -> assertThat(t).isEqualTo("Pathway: Multi-agency (as the rules recommended)"))
                .anySatisfy(t -> assertThat(t).startsWith("Consent to share given by Mother on 20 Nov 2026 for: "))
                .anySatisfy(t -> assertThat(t).endsWith(". Review on " + Words.date(LocalDate.parse(firstReviewDate))))
                .anySatisfy(t -> assertThat(t).startsWith("Review: Continue. Progress: "))
                .noneMatch(t -> t.matches(".*\\d{4}-\\d{2}-\\d{2}.*") && !t.startsWith("Child's Plan agreed"));
        assertThat(chronology.of(closed)).extracting(ChronologyEntry::getRecordedBy)
                .containsExactly(people.ensure(Role.PRACTITIONER), namedPerson, namedPerson, namedPerson, leadProfessional,
                        leadProfessional, agency, leadProfessional, leadProfessional, leadProfessional, leadProfessional,
                        leadProfessional, leadProfessional, leadProfessional);

        assertThat(consents.findByConcernIdOrderByRecordedAtAsc(concern.getId())).singleElement().satisfies(c -> {
            assertThat(c.isConsentGiven()).isTrue();
            assertThat(c.getGivenBy()).isEqualTo("Mother");
            assertThat(c.getAgencies()).containsExactlyInAnyOrder("health", "social-work");
            assertThat(c.mayShare()).isTrue();
        });
        assertThat(sharing.decisionsFor(concern.getId())).singleElement().satisfies(d -> {
            assertThat(d.isShared()).isTrue();
            assertThat(d.getAgency()).isEqualTo("health");
            assertThat(d.getBasis()).isEqualTo(InformationSharingDecision.Basis.CONSENT);
            assertThat(d.getWhatShared()).isEqualTo("Attendance, health and family support");
            assertThat(d.getReason()).contains("Mother");
            assertThat(d.getDecidedBy()).isEqualTo(leadProfessional);
        });
        assertThat(team.findByConcernIdOrderByIdAsc(concern.getId())).singleElement().satisfies(m -> {
            assertThat(m.getAgency()).isEqualTo("health");
            assertThat(m.getAgencyCode()).isEqualTo(TestReferrals.HEALTH_VISITING);
            assertThat(m.getStatus()).isEqualTo(TeamMember.Status.ACCEPTED);
            assertThat(m.getPractitionerUserId()).isEqualTo(agency);
            assertThat(m.getPractitioner()).isEqualTo("Test Health Visiting North East Practitioner");
        });
        List<ChildsPlanVersion> versions = plans.findByConcernIdOrderByVersionNumberDesc(concern.getId());
        assertThat(versions).extracting(ChildsPlanVersion::getVersionNumber).containsExactly(2, 1);
        ChildsPlanVersion first = versions.get(1);
        assertThat(first.getReviewDate()).isEqualTo(LocalDate.parse(firstReviewDate));
        assertThat(first.getOutcomes()).containsEntry(WellbeingIndicator.HEALTHY, "Eats breakfast every school day");
        assertThat(first.getActions()).singleElement().satisfies(a -> {
            assertThat(a.getWhat()).isEqualTo("Breakfast club");
            assertThat(a.getWho()).isEqualTo("Mrs Hay");
            assertThat(a.getAgency()).isEqualTo("Education");
            assertThat(a.getByWhen()).isEqualTo("2027-01-31");
        });
        assertThat(versions.get(0).getActions()).hasSize(1);
        assertThat(versions.get(0).getReviewDate()).isEqualTo(LocalDate.now().plusDays(120));
        assertThat(planReviews.findByConcernIdOrderByHeldAtAsc(concern.getId())).extracting(PlanReview::getDecision)
                .containsExactly(PlanReview.Decision.CONTINUE, PlanReview.Decision.CLOSE);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(referral.getId()).count()).isZero();
    }

    @Test
    void immediateRiskIsEscalatedAndRecordedAtOnce() {
        ProcessInstance referral = raiseConcern("Risk" + System.nanoTime(), null, "yes");

        WellbeingConcern concern = concerns.findByProcessInstanceId(referral.getId()).orElseThrow();
        assertThat(concern.getStage()).isEqualTo(CaseStage.CHILD_PROTECTION);
        assertThat(chronology.of(concern)).extracting(ChronologyEntry::getKind)
                .containsExactly(Kind.CONCERN_RAISED, Kind.CHILD_PROTECTION_ESCALATION);
        Task screening = taskAt(referral, "Activity_ChildProtectionScreening");
        assertThat(taskService.getIdentityLinksForTask(screening.getId())).extracting(l -> l.getGroupId()).contains("child-protection");

        String screener = people.ensure(Role.CHILD_PROTECTION);
        work(referral, "Activity_ChildProtectionScreening", screener,
                Map.of("childProtectionOutcome", "procedures", "childProtectionRationale", "Bruising seen by the class teacher"));
        WellbeingConcern screened = concerns.findById(concern.getId()).orElseThrow();
        assertThat(screened.getStage()).isEqualTo(CaseStage.CHILD_PROTECTION_PROCEDURES);
        assertThat(chronology.of(screened)).extracting(ChronologyEntry::getKind).containsExactly(
                Kind.CONCERN_RAISED, Kind.CHILD_PROTECTION_ESCALATION, Kind.CHILD_PROTECTION_SCREENED);
        assertThat(chronology.of(screened).get(2).getRecordedBy()).isEqualTo(screener);
        assertThat(sharing.decisionsFor(concern.getId())).singleElement().satisfies(d -> {
            assertThat(d.getAgency()).isEqualTo("child-protection");
            assertThat(d.getBasis()).isEqualTo(InformationSharingDecision.Basis.CHILD_PROTECTION);
        });
    }

    /** Takes a new multi-agency referral to the Lead Professional's task under the given consent answers. */
    private ProcessInstance toLeadProfessional(String family, Map<String, Object> consentAnswers) {
        ProcessInstance referral = raiseConcern(family, null, "no");
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        work(referral, "Activity_NamedPersonAssessment", namedPerson, assessment(2, true));
        work(referral, "Activity_ConfirmPathway", namedPerson, Map.of("pathwayChoice", "accept"));
        work(referral, "Activity_RecordConsent", namedPerson, consentAnswers);
        return referral;
    }

    @Test
    void onlyAgenciesTheConsentCoversCanBeInvited() {
        ProcessInstance referral = toLeadProfessional("Covered" + System.nanoTime(), Map.of("consentGiven", "yes",
                "consentGivenBy", "Father", "consentScope", "Attendance only", "consentAgencies", List.of("health"),
                "consentDate", "2026-11-20"));
        WellbeingConcern concern = concerns.findByProcessInstanceId(referral.getId()).orElseThrow();
        String leadProfessional = people.ensure(Role.LEAD_PROFESSIONAL);

        assertThatThrownBy(() -> work(referral, "Activity_AppointLeadProfessional", leadProfessional,
                Map.of("invitedAgencies", List.of(TestReferrals.HEALTH_VISITING, TestReferrals.POLICE))))
                .isInstanceOfSatisfying(FormValidationException.class, refused -> assertThat(refused.fieldErrors())
                        .containsKey("invitedAgencies")
                        .hasEntrySatisfying("invitedAgencies", m -> assertThat(m).contains("does not cover Police", "it covers Health")));
        assertThat(taskAt(referral, "Activity_AppointLeadProfessional")).as("nothing written, the task still open").isNotNull();
        assertThat(sharing.decisionsFor(concern.getId())).isEmpty();
        assertThat(team.findByConcernIdOrderByIdAsc(concern.getId())).isEmpty();
        assertThat(concerns.findById(concern.getId()).orElseThrow().getLeadProfessional()).isNull();

        work(referral, "Activity_AppointLeadProfessional", leadProfessional, Map.of("invitedAgencies", List.of(TestReferrals.HEALTH_VISITING)));
        assertThat(sharing.decisionsFor(concern.getId())).extracting(InformationSharingDecision::getAgency).containsExactly("health");
    }

    @Test
    void sharingWithoutConsentNamesItsReasonScopeAndAgencies() {
        ProcessInstance referral = toLeadProfessional("NoConsent" + System.nanoTime(), Map.of("consentGiven", "no",
                "shareWithoutConsent", true, "reasonWithoutConsent", "Risk to the child's health if the GP is not told",
                "scopeWithoutConsent", "Health concerns observed at school", "agenciesWithoutConsent", List.of("health"),
                "lawfulBasis", "public-task", "familyTold", "yes"));
        WellbeingConcern concern = concerns.findByProcessInstanceId(referral.getId()).orElseThrow();

        work(referral, "Activity_AppointLeadProfessional", people.ensure(Role.LEAD_PROFESSIONAL), Map.of("invitedAgencies", List.of(TestReferrals.HEALTH_VISITING)));

        assertThat(sharing.decisionsFor(concern.getId())).singleElement().satisfies(d -> {
            assertThat(d.getBasis()).isEqualTo(InformationSharingDecision.Basis.WITHOUT_CONSENT);
            assertThat(d.getWhatShared()).isEqualTo("Health concerns observed at school");
            assertThat(d.getReason()).isEqualTo("Risk to the child's health if the GP is not told");
        });
    }

    @Test
    void withoutConsentOrAReasonNothingLeavesTheNamedPersonsAgency() {
        ProcessInstance referral = toLeadProfessional("Private" + System.nanoTime(), Map.of("consentGiven", "no",
                "shareWithoutConsent", false));
        WellbeingConcern concern = concerns.findByProcessInstanceId(referral.getId()).orElseThrow();

        assertThat(taskAt(referral, "Activity_AppointLeadProfessional")).isNull();
        assertThat(taskAt(referral, "Activity_SingleAgencyPlan").getAssignee()).isEqualTo(people.ensure(Role.NAMED_PERSON));
        assertThat(sharing.decisionsFor(concern.getId())).singleElement().satisfies(d -> {
            assertThat(d.isShared()).isFalse();
            assertThat(d.getAgency()).isNull();
            assertThat(d.getBasis()).isEqualTo(InformationSharingDecision.Basis.NOT_SHARED);
        });
    }

    @Test
    void aSecondConcernAboutTheSameChildFindsTheirRecord() {
        String scn = String.valueOf(100_000_000L + (System.nanoTime() % 899_999_999L));
        ProcessInstance first = raiseConcern("Same" + scn, scn, "no");
        ProcessInstance second = raiseConcern("Same" + scn, scn, "no");

        Child child = concerns.findByProcessInstanceId(first.getId()).orElseThrow().getChild();
        assertThat(concerns.findByProcessInstanceId(second.getId()).orElseThrow().getChild().getId()).isEqualTo(child.getId());
        assertThat(children.findPossibleDuplicates(("same" + scn).toUpperCase(), LocalDate.of(2016, 4, 12))).hasSize(1);
    }

    @Test
    void aChronologyEntryIsCorrectedByANewEntryNeverEdited() {
        ProcessInstance referral = raiseConcern("Correct" + System.nanoTime(), null, "no");
        WellbeingConcern concern = concerns.findByProcessInstanceId(referral.getId()).orElseThrow();
        ChronologyEntry original = chronology.of(concern).get(0);

        ChronologyEntry correction = chronology.correct(concern, original.getId(), "Observed on 17 November, not 18",
                "The date was typed wrongly", original.getEventDate(), "test-practitioner");

        assertThat(correction.getCorrectsEntryId()).isEqualTo(original.getId());
        assertThat(correction.getKind()).isEqualTo(Kind.CORRECTION);
        assertThat(chronology.of(concern)).hasSize(2).first()
                .satisfies(e -> assertThat(e.getSummary()).isEqualTo(original.getSummary()));
    }
}
