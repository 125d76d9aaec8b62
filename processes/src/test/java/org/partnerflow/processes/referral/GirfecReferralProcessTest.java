package org.partnerflow.processes.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnerflow.processes.ProcessTestEngine;

/**
 * Every path of the GIRFEC referral: a possible match checked (confirmed or rejected) or not needed,
 * each gateway branch, each pathway and the override, consent
 * given, refused and overridden, an agency declining, the review loop, step-down, closure, escalation
 * to child protection, every timer, and a new concern joining the child's open case (or going on as its
 * own when there is none, or when the open case closed before the join) with the open case's
 * coordinator considering it. The case-record delegates are stand-ins that set the
 * variables the real ones set; the app module tests the real ones.
 */
@Deployment(resources = {"processes/referral/girfec-referral.bpmn", "processes/referral/girfec-pathway.dmn"})
class GirfecReferralProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    static final String NAMED_PERSON = "np-ailsa";
    static final String LEAD_PROFESSIONAL = "lp-kamal";
    static final String NAMED_PERSONS_OF_SCHOOL = "named-persons.eastfield-primary";
    static final String HEALTH_VISITING = "nhsggc-health-visiting-north-east";
    static final String POLICE = "police-scotland-g-division";
    static final String HOUSING = "glasgow-homelessness-and-housing";

    /** What the stand-in delegates did, in order. */
    final List<String> recorded = new ArrayList<>();

    @BeforeEach
    void standInDelegates() {
        BpmnAwareTests.init(engine.getProcessEngine());
        Mocks.register("recordWellbeingConcern", delegate("concern", e -> {
            e.setVariable("subject", "Child: Test Child");
            e.setVariable("childProtectionEscalationAfter", "PT24H");
            e.setVariable("assessmentReminderAt", inDays(3));
            e.setVariable("assessmentDue", inDays(5));
            e.setVariable("agencyReminderAfter", "P3D");
            e.setVariable("reviewOverdueAfter", "P5D");
            // The real writer routes to the child's own establishment's Named Persons.
            e.setVariable("namedPersonGroup", NAMED_PERSONS_OF_SCHOOL);
            // The real writer finds the possible matches; here the test says whether there is one.
            e.setVariable("possibleMatch", Boolean.TRUE.equals(e.getVariable("testPossibleMatch")));
            // The real writer counts the child's recent concerns from different people; here the test says.
            if (e.getVariable("testAccumulating") != null) {
                e.setVariable("concernsAccumulating", e.getVariable("testAccumulating"));
            }
        }));
        Mocks.register("recordPossibleMatchDecision", delegate("match:" + "decision", e -> {
            recorded.add("match:" + e.getVariable("matchDecision"));
            e.setVariable("possibleMatch", false);
        }));
        Mocks.register("recordAssessment", delegate("assessment", e -> {
            e.setVariable("namedPerson", NAMED_PERSON);
            e.setVariable("coordinator", NAMED_PERSON);
        }));
        Mocks.register("recordPathway", delegate("pathway", e -> e.setVariable("pathway",
                "override".equals(e.getVariable("pathwayChoice")) ? e.getVariable("overridePathway") : e.getVariable("recommendedPathway"))));
        Mocks.register("recordConsent", delegate("consent", e -> e.setVariable("mayShare",
                "yes".equals(e.getVariable("consentGiven")) || Boolean.TRUE.equals(e.getVariable("shareWithoutConsent")))));
        Mocks.register("recordLeadProfessional", delegate("lead-professional", e -> {
            e.setVariable("leadProfessional", LEAD_PROFESSIONAL);
            e.setVariable("coordinator", LEAD_PROFESSIONAL);
            e.setVariable("invitedAgencies", new ArrayList<>((Collection<?>) e.getVariable("invitedAgencies")));
        }));
        Mocks.register("recordAgencyResponse", delegate("agency:" + "response", e -> recorded.add(e.getVariable("agency") + ":" + e.getVariable("agencyDecision"))));
        // The real listeners set the form's options: the child's council's agencies, the invited agency's people.
        Mocks.register("offerAgencies", (TaskListener) t -> recorded.add("agencies-offered"));
        Mocks.register("offerAgencyPeople", (TaskListener) t -> recorded.add("people-offered:" + t.getVariable("agency")));
        Mocks.register("recordChildsPlan", delegate("plan", e -> scheduleReview(e, (String) e.getVariable("reviewDate"))));
        Mocks.register("recordReview", delegate("review:" + "decision", e -> {
            recorded.add("review:" + e.getVariable("reviewDecision"));
            if ("continue".equals(e.getVariable("reviewDecision"))) {
                scheduleReview(e, (String) e.getVariable("nextReviewDate"));
            }
        }));
        // Step-down as a state: the Named Person coordinates, a light review is set; step-up chooses the pathway again.
        Mocks.register("recordStepDown", delegate("stepped-down", e -> {
            e.setVariable("coordinator", e.getVariable("namedPerson"));
            e.setVariable("stepDownReviewAt", inDays(180));
            e.setVariable("stepDownReviewDueBy", inDays(185));
        }));
        Mocks.register("recordStepDownReview", delegate("light-review:" + "decision", e -> {
            recorded.add("light-review:" + e.getVariable("stepDownDecision"));
            if ("continue".equals(e.getVariable("stepDownDecision"))) {
                e.setVariable("stepDownReviewAt", inDays(180));
                e.setVariable("stepDownReviewDueBy", inDays(185));
            } else if ("step-up".equals(e.getVariable("stepDownDecision"))) {
                e.setVariable("pathway", "multi-agency".equals(e.getVariable("stepUpTo")) ? "MULTI_AGENCY" : "TARGETED_SINGLE_AGENCY");
            }
        }));
        Mocks.register("recordChildProtectionScreening", delegate("screening", e -> { }));
        Mocks.register("recordClosure", delegate("closure", e -> { }));
        Mocks.register("alertManagers", delegate("managers-alerted", e -> { }));
        Mocks.register("remindAssignees", delegate("reminded", e -> { }));
        Mocks.register("recordRecentConcernsLook", delegate("recent-concerns-looked-at", e -> { }));
        // Joining: the test says which case is the child's open one (by its process); the join really correlates.
        // Looking for it is not listed in {recorded}: every assessed concern looks.
        Mocks.register("findOpenCase", delegate("find:" + "open-case", e -> e.setVariable("openCaseFound",
                e.getVariable("testOpenCaseProcess") != null && e.getVariable("pathway") == null)));
        Mocks.register("joinOpenCase", delegate("join", e -> e.setVariable("joinedOpenCase", !e.getProcessEngineServices().getRuntimeService()
                .createMessageCorrelation("NewConcernJoined").processInstanceId((String) e.getVariable("testOpenCaseProcess"))
                .setVariable("joinedConcernId", e.getProcessInstanceId()).correlateAllWithResult().isEmpty())));
        Mocks.register("recordJoinedConcern", delegate("joined:" + "concern", e -> {
            recorded.add("joined:" + e.getVariable("joinedConcernId"));
            e.setVariableLocal("consideredConcernId", e.getVariable("joinedConcernId"));
        }));
        Mocks.register("recordJoinedConcernDecision", delegate("considered:" + "decision", e -> recorded.add(
                "considered:" + e.getVariable("consideredConcernId") + ":" + e.getVariable("joinedConcernDecision"))));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    private JavaDelegate delegate(String name, JavaDelegate body) {
        return e -> {
            if (!name.contains(":")) {
                recorded.add(name);
            }
            body.execute(e);
        };
    }

    private static void scheduleReview(DelegateExecution e, String date) {
        Date reviewAt = Date.from(LocalDate.parse(date).atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant());
        e.setVariable("reviewAt", reviewAt);
        e.setVariable("reviewDueBy", new Date(reviewAt.getTime() + 5L * 24 * 3600 * 1000));
    }

    private static Date inDays(int days) {
        return new Date(System.currentTimeMillis() + days * 24L * 3600 * 1000);
    }

    // --- the steps, as the people on the case take them -------------------------------------------

    private ProcessInstance raise(String immediateRisk) {
        return engine.getRuntimeService().startProcessInstanceByKey("girfec-referral",
                withVariables("childGivenName", "Test", "childFamilyName", "Child", "immediateRisk", immediateRisk));
    }

    /** A concern whose child may be one already recorded (same family name and birth date, no number to settle it). */
    private ProcessInstance raisePossibleMatch(String immediateRisk) {
        return engine.getRuntimeService().startProcessInstanceByKey("girfec-referral",
                withVariables("childGivenName", "Test", "childFamilyName", "Child", "immediateRisk", immediateRisk,
                        "testPossibleMatch", true));
    }

    /** A concern about a child whose open case runs as {openCase}. */
    private ProcessInstance raiseAboutChildWithOpenCase(ProcessInstance openCase) {
        return engine.getRuntimeService().startProcessInstanceByKey("girfec-referral",
                withVariables("childGivenName", "Test", "childFamilyName", "Child", "immediateRisk", "no",
                        "testOpenCaseProcess", openCase.getId()));
    }

    /** A case with an agreed single-agency plan, waiting for its review date; the Named Person coordinates it. */
    private ProcessInstance openCaseWithAPlan() {
        ProcessInstance referral = raise("no");
        assess(referral, 3, false);
        confirmPathway(referral, "TARGETED_SINGLE_AGENCY");
        consent(referral, consentGiven());
        agreePlan(referral, "Activity_SingleAgencyPlan", "2027-02-01");
        assertThat(referral).isWaitingAt("Event_ReviewDue");
        return referral;
    }

    private Task considerTask(ProcessInstance openCase) {
        return taskQuery().processInstanceId(openCase.getId()).taskDefinitionKey("Activity_ConsiderJoinedConcern").singleResult();
    }

    private void checkPossibleMatch(ProcessInstance referral, String decision) {
        assertThat(referral).isWaitingAt("Activity_CheckPossibleMatch");
        assertThat(task(referral)).hasCandidateGroup(NAMED_PERSONS_OF_SCHOOL);
        complete(task(referral), "same".equals(decision)
                ? withVariables("matchDecision", "same", "matchedChild", "17", "matchReason", "Checked with the school office")
                : withVariables("matchDecision", "different", "matchReason", "Different parents and address"));
    }

    private void assess(ProcessInstance referral, int lowestRating, boolean needsOtherAgencies) {
        assertThat(referral).isWaitingAt("Activity_NamedPersonAssessment");
        assertThat(task(referral)).hasCandidateGroup(NAMED_PERSONS_OF_SCHOOL);
        Map<String, Object> answers = new HashMap<>(GirfecPathwayDecisionTest.assessment(lowestRating, needsOtherAgencies));
        answers.put("whatIsGettingInTheWay", "Attendance has dropped since the family moved");
        complete(task(referral), answers);
    }

    private void confirmPathway(ProcessInstance referral, String expectedRecommendation) {
        assertThat(referral).isWaitingAt("Activity_ConfirmPathway").variables().containsEntry("recommendedPathway", expectedRecommendation);
        assertThat(task(referral)).isAssignedTo(NAMED_PERSON);
        complete(task(referral), withVariables("pathwayChoice", "accept"));
    }

    private void consent(ProcessInstance referral, Map<String, Object> answers) {
        assertThat(referral).isWaitingAt("Activity_RecordConsent");
        complete(task(referral), answers);
    }

    private static Map<String, Object> consentGiven() {
        return withVariables("consentGiven", "yes", "consentGivenBy", "Mother", "consentScope", "Attendance and health",
                "consentAgencies", List.of("health", "social-work"), "consentDate", "2026-11-20");
    }

    private void agreePlan(ProcessInstance referral, String activity, String reviewDate) {
        assertThat(referral).isWaitingAt(activity);
        complete(task(referral), withVariables("needsSummary", "Attendance and sleep", "planActions",
                "Morning check-in; Mrs Hay; Education; 2027-01-31", "reviewDate", reviewDate));
    }

    private void reviewFallsDueAndDecides(ProcessInstance referral, String decision, String nextReviewDate) {
        assertThat(referral).isWaitingAt("Event_ReviewDue");
        execute(job("Event_ReviewDue", referral));
        assertThat(referral).isWaitingAt("Activity_Review");
        Map<String, Object> review = new HashMap<>();
        review.put("reviewProgress", "Attendance up to 91%");
        review.put("reviewViews", "Happier at school");
        review.put("reviewDecision", decision);
        if (nextReviewDate != null) {
            review.put("nextReviewDate", nextReviewDate);
        }
        complete(task(referral), review);
    }

    /** The light review of a stepped-down case falls due and its Named Person decides. */
    private void lightReviewFallsDueAndDecides(ProcessInstance referral, Map<String, Object> decision) {
        assertThat(referral).isWaitingAt("Event_StepDownReviewDue");
        execute(job("Event_StepDownReviewDue", referral));
        assertThat(referral).isWaitingAt("Activity_StepDownReview");
        assertThat(task(referral)).isAssignedTo(NAMED_PERSON);
        Map<String, Object> answers = new HashMap<>(decision);
        answers.put("stepDownProgress", "Attending every day with the breakfast club");
        answers.put("stepDownViews", "Ailsa likes the club; her mum is pleased");
        complete(task(referral), answers);
    }

    private void close(ProcessInstance referral, String coordinator) {
        assertThat(referral).isWaitingAt("Activity_CloseCase");
        assertThat(task(referral)).isAssignedTo(coordinator);
        complete(task(referral), withVariables("closingSummary", "Needs met; the family knows the Named Person is there."));
        assertThat(referral).isEnded().hasPassed("Activity_RecordClosure", "EndEvent_CaseClosed");
    }

    // --- the paths ---------------------------------------------------------------------------------

    @Test
    void noFurtherAction() {
        ProcessInstance referral = raise("no");
        assess(referral, 5, false);
        confirmPathway(referral, "NO_FURTHER_ACTION");

        close(referral, NAMED_PERSON);
        assertThat(referral).hasNotPassed("Activity_RecordConsent", "Activity_UniversalSupport", "Activity_ChildProtectionScreening");
        assertThat(recorded).containsExactly("concern", "assessment", "pathway", "closure");
    }

    @Test
    void aPossibleMatchIsConfirmedByTheNamedPersonBeforeTheAssessment() {
        ProcessInstance referral = raisePossibleMatch("no");

        assertThat(referral).isWaitingAt("Activity_CheckPossibleMatch").isNotWaitingAt("Activity_NamedPersonAssessment");
        checkPossibleMatch(referral, "same");
        assess(referral, 5, false);
        confirmPathway(referral, "NO_FURTHER_ACTION");

        close(referral, NAMED_PERSON);
        assertThat(referral).hasPassed("Activity_RecordMatchDecision");
        assertThat(recorded).containsExactly("concern", "match:same", "assessment", "pathway", "closure");
    }

    @Test
    void aPossibleMatchRejectedKeepsTheRecordsApartAndTheAssessmentFollows() {
        ProcessInstance referral = raisePossibleMatch("no");

        checkPossibleMatch(referral, "different");

        assertThat(referral).isWaitingAt("Activity_NamedPersonAssessment");
        assertThat(recorded).containsExactly("concern", "match:different");
    }

    @Test
    void anImmediateRiskIsScreenedBeforeAnyPossibleMatchIsChecked() {
        ProcessInstance referral = raisePossibleMatch("yes");

        assertThat(referral).isWaitingAt("Activity_ChildProtectionScreening").isNotWaitingAt("Activity_CheckPossibleMatch");
        complete(task(referral), withVariables("childProtectionOutcome", "wellbeing", "childProtectionRationale", "No risk found"));

        checkPossibleMatch(referral, "same");
        assertThat(referral).isWaitingAt("Activity_NamedPersonAssessment");
    }

    @Test
    void aMatchDecidedOnceIsNotAskedAgainWhenAReviewEscalatesAndScreeningReturnsTheCase() {
        ProcessInstance referral = raisePossibleMatch("no");
        checkPossibleMatch(referral, "different");
        assess(referral, 3, false);
        confirmPathway(referral, "TARGETED_SINGLE_AGENCY");
        consent(referral, consentGiven());
        agreePlan(referral, "Activity_SingleAgencyPlan", "2027-02-01");
        reviewFallsDueAndDecides(referral, "escalate", null);
        complete(task(referral), withVariables("childProtectionOutcome", "continue", "childProtectionRationale", "No risk found"));

        assertThat(referral).isWaitingAt("Activity_NamedPersonAssessment").isNotWaitingAt("Activity_CheckPossibleMatch");
        assertThat(recorded).containsOnlyOnce("match:different");
    }

    @Test
    void withoutAPossibleMatchTheConcernGoesStraightToTheAssessment() {
        ProcessInstance referral = raise("no");

        assertThat(referral).isWaitingAt("Activity_NamedPersonAssessment");
        assess(referral, 5, false);
        assertThat(referral).hasNotPassed("Activity_CheckPossibleMatch", "Activity_RecordMatchDecision");
    }

    @Test
    void universalSupportByTheNamedPerson() {
        ProcessInstance referral = raise("no");
        assess(referral, 4, true);
        confirmPathway(referral, "UNIVERSAL");

        assertThat(referral).isWaitingAt("Activity_UniversalSupport");
        complete(task(referral), withVariables("universalSupport", "Breakfast club and a weekly check-in"));
        close(referral, NAMED_PERSON);
        assertThat(referral).hasNotPassed("Activity_RecordConsent");
    }

    @Test
    void theNamedPersonOverridesThePathwayWithAReason() {
        ProcessInstance referral = raise("no");
        assess(referral, 6, false);

        assertThat(referral).variables().containsEntry("recommendedPathway", "NO_FURTHER_ACTION");
        complete(task(referral), withVariables("pathwayChoice", "override", "overridePathway", "UNIVERSAL",
                "overrideReason", "The child asked for help at the last meeting"));

        assertThat(referral).isWaitingAt("Activity_UniversalSupport").variables().containsEntry("pathway", "UNIVERSAL");
    }

    @Test
    void singleAgencyPlanReviewedTwiceThenClosed() {
        ProcessInstance referral = raise("no");
        assess(referral, 3, false);
        confirmPathway(referral, "TARGETED_SINGLE_AGENCY");
        consent(referral, consentGiven());

        assertThat(task(referral)).isAssignedTo(NAMED_PERSON);
        agreePlan(referral, "Activity_SingleAgencyPlan", "2027-02-01");
        reviewFallsDueAndDecides(referral, "continue", "2027-05-01");
        reviewFallsDueAndDecides(referral, "continue", "2027-08-01");
        reviewFallsDueAndDecides(referral, "close", null);

        close(referral, NAMED_PERSON);
        assertThat(referral).hasNotPassed("Activity_AppointLeadProfessional", "Activity_TeamMeeting");
        assertThat(recorded).containsSubsequence("plan", "review:continue", "review:continue", "review:close", "closure");
    }

    @Test
    void multiAgencyTeamWithADecliningAgencyThenStepsDown() {
        ProcessInstance referral = raise("no");
        assess(referral, 2, true);
        confirmPathway(referral, "MULTI_AGENCY");
        consent(referral, consentGiven());

        assertThat(referral).isWaitingAt("Activity_AppointLeadProfessional");
        assertThat(task(referral)).hasCandidateGroup("lead-professional");
        complete(task(referral), withVariables("invitedAgencies", List.of(HEALTH_VISITING, HOUSING)));

        assertThat(invitation(referral, HEALTH_VISITING)).hasCandidateGroup("agency." + HEALTH_VISITING);
        complete(invitation(referral, HEALTH_VISITING), withVariables("agencyDecision", "accept", "joining", "agency-practitioner",
                "practitionerJoining", "hvlorna"));
        complete(invitation(referral, HOUSING), withVariables("agencyDecision", "decline", "agencyDeclineReason", "No housing issue found"));

        Task cover = taskQuery().processInstanceId(referral.getId()).taskDefinitionKey("Activity_CoverDeclinedAgency").singleResult();
        assertThat(cover).isAssignedTo(LEAD_PROFESSIONAL);
        complete(cover, withVariables("declineResponse", "The school's family link worker covers housing questions"));

        assertThat(task(referral)).isAssignedTo(LEAD_PROFESSIONAL);
        agreePlan(referral, "Activity_TeamMeeting", "2027-03-01");
        reviewFallsDueAndDecides(referral, "step-down", null);
        lightReviewFallsDueAndDecides(referral, withVariables("stepDownDecision", "close"));
        close(referral, NAMED_PERSON);

        assertThat(recorded).contains(HEALTH_VISITING + ":accept", HOUSING + ":decline", "review:step-down", "stepped-down", "light-review:close");
        assertThat(referral).hasPassed("EndEvent_AgencyJoined", "EndEvent_DeclineCovered", "SubProcess_InviteAgencies");
    }

    @Test
    void withoutConsentNothingIsSharedBeyondTheNamedPersonsAgency() {
        ProcessInstance referral = raise("no");
        assess(referral, 2, true);
        confirmPathway(referral, "MULTI_AGENCY");
        consent(referral, withVariables("consentGiven", "no", "shareWithoutConsent", false));

        assertThat(referral).variables().containsEntry("mayShare", false);
        assertThat(referral).isWaitingAt("Activity_SingleAgencyPlan").hasNotPassed("Activity_AppointLeadProfessional");
        assertThat(task(referral)).isAssignedTo(NAMED_PERSON);
    }

    @Test
    void sharingWithoutConsentForARecordedReasonAllowsTheTeam() {
        ProcessInstance referral = raise("no");
        assess(referral, 1, true);
        confirmPathway(referral, "MULTI_AGENCY");
        consent(referral, withVariables("consentGiven", "no", "shareWithoutConsent", true,
                "reasonWithoutConsent", "Parents cannot be reached and the child's safety needs health input",
                "scopeWithoutConsent", "Attendance and health history", "agenciesWithoutConsent", List.of("health")));

        assertThat(referral).isWaitingAt("Activity_AppointLeadProfessional");
    }


    @Test
    void immediateRiskGoesStraightToChildProtectionWhichTakesItIntoProcedures() {
        ProcessInstance referral = raise("yes");

        assertThat(referral).isWaitingAt("Activity_ChildProtectionScreening").hasNotPassed("Activity_NamedPersonAssessment");
        assertThat(task(referral)).hasCandidateGroup("child-protection");
        assertThat(task(referral).getDueDate()).isAfter(new Date()).isBefore(inDays(2));
        complete(task(referral), withVariables("childProtectionOutcome", "procedures", "childProtectionRationale", "Injury seen"));

        assertThat(referral).isEnded().hasPassed("Activity_RecordScreening", "EndEvent_ChildProtectionProcedures");
        assertThat(recorded).containsExactly("concern", "screening");
    }

    @Test
    void childProtectionMayReturnTheConcernToTheWellbeingPathway() {
        ProcessInstance referral = raise("yes");
        complete(task(referral), withVariables("childProtectionOutcome", "continue", "childProtectionRationale", "No risk found"));

        assertThat(referral).isWaitingAt("Activity_NamedPersonAssessment");
    }

    @Test
    void anUntouchedScreeningAlertsManagersAndStaysOpen() {
        ProcessInstance referral = raise("yes");

        execute(job("Event_ChildProtectionUntouched", referral));

        assertThat(recorded).contains("managers-alerted");
        assertThat(referral).isWaitingAt("Activity_ChildProtectionScreening").hasPassed("EndEvent_ManagersAlertedChildProtection");
    }

    @Test
    void aReviewCanEscalateToChildProtection() {
        ProcessInstance referral = raise("no");
        assess(referral, 3, false);
        confirmPathway(referral, "TARGETED_SINGLE_AGENCY");
        consent(referral, consentGiven());
        agreePlan(referral, "Activity_SingleAgencyPlan", "2027-02-01");
        reviewFallsDueAndDecides(referral, "escalate", null);

        assertThat(referral).isWaitingAt("Activity_ChildProtectionScreening");
        assertThat(recorded).contains("review:escalate");
    }


    @Test
    void theAssessmentSendsAReminderThenAlertsManagersWhenOverdue() {
        ProcessInstance referral = raise("no");

        execute(job("Event_AssessmentReminder", referral));
        assertThat(referral).hasPassed("EndEvent_NamedPersonReminded").isWaitingAt("Activity_NamedPersonAssessment");
        execute(job("Event_AssessmentOverdue", referral));

        assertThat(referral).hasPassed("EndEvent_ManagersAlertedAssessment").isWaitingAt("Activity_NamedPersonAssessment");
        assertThat(recorded).containsSubsequence("reminded", "managers-alerted");
    }

    /** The one invitation of the referral offered to that agency. */
    private Task invitation(ProcessInstance referral, String agency) {
        return taskQuery().processInstanceId(referral.getId()).taskDefinitionKey("Activity_AgencyResponse")
                .taskCandidateGroup("agency." + agency).singleResult();
    }

    private ProcessInstance teamInvited(String... agencies) {
        ProcessInstance referral = raise("no");
        assess(referral, 2, true);
        confirmPathway(referral, "MULTI_AGENCY");
        consent(referral, consentGiven());
        complete(task(referral), withVariables("invitedAgencies", List.of(agencies)));
        return referral;
    }

    @Test
    void eachInvitedAgencyGetsOneInvitationOfferedToItsOwnPeopleOnly() {
        ProcessInstance referral = teamInvited(HEALTH_VISITING, POLICE);

        List<Task> invitations = taskQuery().processInstanceId(referral.getId()).taskDefinitionKey("Activity_AgencyResponse").list();
        assertThat(invitations).hasSize(2);
        assertThat(invitation(referral, HEALTH_VISITING)).hasCandidateGroup("agency." + HEALTH_VISITING);
        assertThat(invitation(referral, POLICE)).hasCandidateGroup("agency." + POLICE);
        for (Task invitation : invitations) {
            assertThat(engine.getTaskService().getIdentityLinksForTask(invitation.getId()))
                    .as("one candidate group, the agency's own; never the generic partner-agency role")
                    .singleElement().satisfies(link -> assertThat(link.getGroupId()).startsWith("agency.").isNotEqualTo("partner-agency"));
        }
        assertThat(recorded).containsSubsequence("agencies-offered", "lead-professional")
                .contains("people-offered:" + HEALTH_VISITING, "people-offered:" + POLICE);
        // Claimed, the invitation offers the agency's people afresh: someone may have joined the agency since.
        engine.getTaskService().claim(invitation(referral, POLICE).getId(), "pcduncan");
        assertThat(recorded).filteredOn(("people-offered:" + POLICE)::equals).hasSize(2);
    }

    @Test
    void onlyTheInvitedAgencysOwnPractitionerIsOfferedItsInvitation() {
        var identity = engine.getIdentityService();
        identity.saveUser(identity.newUser("hvlorna"));
        identity.saveUser(identity.newUser("pcduncan"));
        identity.saveGroup(identity.newGroup("agency." + HEALTH_VISITING));
        identity.saveGroup(identity.newGroup("agency." + POLICE));
        identity.saveGroup(identity.newGroup("partner-agency"));
        identity.createMembership("hvlorna", "agency." + HEALTH_VISITING);
        identity.createMembership("pcduncan", "agency." + POLICE);
        identity.createMembership("pcduncan", "partner-agency");
        try {
            ProcessInstance referral = teamInvited(HEALTH_VISITING);

            assertThat(taskQuery().processInstanceId(referral.getId()).taskCandidateUser("pcduncan").list())
                    .as("a police officer, even with the partner-agency role, is not offered health's invitation").isEmpty();
            Task offered = taskQuery().processInstanceId(referral.getId()).taskCandidateUser("hvlorna").singleResult();
            assertThat(offered.getTaskDefinitionKey()).isEqualTo("Activity_AgencyResponse");

            complete(offered, withVariables("agencyDecision", "accept", "joining", "outside-contact",
                    "outsideContactName", "Dr Shona Bell, GP", "outsideContactDetails", "0141 000 0000"));
            assertThat(recorded).contains(HEALTH_VISITING + ":accept");
            assertThat(referral).hasPassed("EndEvent_AgencyJoined").isWaitingAt("Activity_TeamMeeting");
        } finally {
            for (String user : List.of("hvlorna", "pcduncan")) {
                identity.deleteUser(user);
            }
            for (String group : List.of("agency." + HEALTH_VISITING, "agency." + POLICE, "partner-agency")) {
                identity.deleteGroup(group);
            }
        }
    }

    @Test
    void anAgencyThatDeclinesHasItsPartCoveredByTheLeadProfessional() {
        ProcessInstance referral = teamInvited(POLICE);

        complete(invitation(referral, POLICE), withVariables("agencyDecision", "decline",
                "agencyDeclineReason", "No police involvement with the family"));

        Task cover = taskQuery().processInstanceId(referral.getId()).taskDefinitionKey("Activity_CoverDeclinedAgency").singleResult();
        assertThat(cover).isAssignedTo(LEAD_PROFESSIONAL);
        complete(cover, withVariables("declineResponse", "The school's campus officer is asked to advise"));
        assertThat(recorded).contains(POLICE + ":decline");
        assertThat(referral).hasPassed("EndEvent_DeclineCovered").hasNotPassed("EndEvent_AgencyJoined").isWaitingAt("Activity_TeamMeeting");
    }

    @Test
    void anAgencyThatHasNotAnsweredIsReminded() {
        ProcessInstance referral = raise("no");
        assess(referral, 2, true);
        confirmPathway(referral, "MULTI_AGENCY");
        consent(referral, consentGiven());
        complete(task(referral), withVariables("invitedAgencies", List.of(HEALTH_VISITING)));

        execute(engine.getManagementService().createJobQuery().processInstanceId(referral.getId())
                .activityId("Event_AgencyReminder").singleResult());

        assertThat(referral).hasPassed("EndEvent_AgencyReminded").isWaitingAt("Activity_AgencyResponse");
    }

    @Test
    void anOverdueReviewAlertsManagers() {
        ProcessInstance referral = raise("no");
        assess(referral, 3, false);
        confirmPathway(referral, "TARGETED_SINGLE_AGENCY");
        consent(referral, consentGiven());
        agreePlan(referral, "Activity_SingleAgencyPlan", "2027-02-01");
        execute(job("Event_ReviewDue", referral));

        execute(job("Event_ReviewOverdue", referral));

        assertThat(referral).hasPassed("EndEvent_ManagersAlertedReview").isWaitingAt("Activity_Review");
        assertThat(task(referral).getDueDate()).isNotNull();
    }

    @Test
    void anOverdueLightReviewAlertsManagersAndStaysWithTheNamedPerson() {
        ProcessInstance referral = multiAgencyCaseWithAPlan();
        reviewFallsDueAndDecides(referral, "step-down", null);
        execute(job("Event_StepDownReviewDue", referral));
        assertThat(task(referral).getDueDate()).as("due as the plan's review is").isNotNull();

        execute(job("Event_StepDownReviewOverdue", referral));

        assertThat(referral).hasPassed("Activity_AlertManagersStepDownReview", "EndEvent_ManagersAlertedStepDownReview")
                .isWaitingAt("Activity_StepDownReview");
        assertThat(task(referral)).isAssignedTo(NAMED_PERSON);
    }

    // --- a new concern about a child with an open case ---------------------------------------------

    @Test
    void aNewConcernAboutAChildWithAnOpenCaseJoinsItAfterItsOwnAssessment() {
        ProcessInstance openCase = openCaseWithAPlan();
        ProcessInstance newer = raiseAboutChildWithOpenCase(openCase);

        assess(newer, 4, false);

        assertThat(newer).isEnded().hasPassed("Activity_FindOpenCase", "Activity_JoinOpenCase", "EndEvent_JoinedOpenCase")
                .hasNotPassed("Activity_DecidePathway");
        assertThat(openCase).isWaitingAt("Event_ReviewDue", "Activity_ConsiderJoinedConcern");
        assertThat(considerTask(openCase)).isAssignedTo(NAMED_PERSON);
        assertThat(recorded).containsSubsequence("assessment", "join", "joined:" + newer.getId());
    }

    @Test
    void withoutAnOpenCaseTheConcernGoesOnAsACaseOfItsOwn() {
        ProcessInstance referral = raise("no");

        assess(referral, 5, false);

        assertThat(referral).isWaitingAt("Activity_ConfirmPathway").hasPassed("Activity_FindOpenCase")
                .hasNotPassed("Activity_JoinOpenCase");
        assertThat(recorded).containsExactly("concern", "assessment");
    }

    @Test
    void anOpenCaseThatClosedBeforeTheJoinLeavesTheNewConcernToGoOnAsItsOwn() {
        ProcessInstance openCase = raise("no");
        assess(openCase, 5, false);
        confirmPathway(openCase, "NO_FURTHER_ACTION");
        ProcessInstance newer = raiseAboutChildWithOpenCase(openCase);
        // The gateway found the case open; it closes before the new concern's join reaches it.
        close(openCase, NAMED_PERSON);

        assess(newer, 5, false);

        assertThat(newer).isWaitingAt("Activity_ConfirmPathway").hasPassed("Activity_JoinOpenCase")
                .hasNotPassed("EndEvent_JoinedOpenCase");
        assertThat(newer).variables().containsEntry("joinedOpenCase", false);
        assertThat(recorded).doesNotContain("joined:" + newer.getId());
    }

    private void considerJoinedConcern(String decision) {
        ProcessInstance openCase = openCaseWithAPlan();
        ProcessInstance newer = raiseAboutChildWithOpenCase(openCase);
        assess(newer, 4, false);

        complete(considerTask(openCase), withVariables("joinedConcernDecision", decision, "joinedConcernNotes", "Seen at the team meeting"));

        assertThat(openCase).hasPassed("Activity_RecordJoinedConcernDecision", "EndEvent_JoinedConcernConsidered")
                .isWaitingAt("Event_ReviewDue").isNotWaitingAt("Activity_ConsiderJoinedConcern");
        assertThat(recorded).containsSubsequence("joined:" + newer.getId(), "considered:" + newer.getId() + ":" + decision);
    }

    @Test
    void theCoordinatorNotesTheNewConcernForTheNextReview() {
        considerJoinedConcern("note-for-review");
    }

    @Test
    void theCoordinatorBringsTheReviewForward() {
        considerJoinedConcern("bring-review-forward");
    }

    @Test
    void theCoordinatorFindsTheNewConcernChangesNothing() {
        considerJoinedConcern("no-change");
    }

    @Test
    void twoConcernsJoiningOneCaseAreEachConsideredOnTheirOwn() {
        ProcessInstance openCase = openCaseWithAPlan();
        ProcessInstance first = raiseAboutChildWithOpenCase(openCase);
        ProcessInstance second = raiseAboutChildWithOpenCase(openCase);
        assess(first, 4, false);
        assess(second, 4, false);

        List<Task> considering = taskQuery().processInstanceId(openCase.getId()).taskDefinitionKey("Activity_ConsiderJoinedConcern")
                .orderByTaskCreateTime().asc().list();
        assertThat(considering).hasSize(2);
        complete(considering.get(1), withVariables("joinedConcernDecision", "no-change"));
        complete(considering.get(0), withVariables("joinedConcernDecision", "note-for-review"));

        assertThat(recorded).contains("considered:" + first.getId() + ":note-for-review", "considered:" + second.getId() + ":no-change");
    }

    @Test
    void aCaseThatClosesWhileANewConcernIsConsideredEndsOnceItIsAnswered() {
        ProcessInstance openCase = raise("no");
        assess(openCase, 5, false);
        confirmPathway(openCase, "NO_FURTHER_ACTION");
        assess(raiseAboutChildWithOpenCase(openCase), 5, false);

        complete(taskQuery().processInstanceId(openCase.getId()).taskDefinitionKey("Activity_CloseCase").singleResult(),
                withVariables("closingSummary", "Needs met; the family knows the Named Person is there."));
        assertThat(openCase).isNotEnded().isWaitingAt("Activity_ConsiderJoinedConcern");
        complete(considerTask(openCase), withVariables("joinedConcernDecision", "no-change"));

        assertThat(openCase).isEnded().hasPassed("EndEvent_CaseClosed", "EndEvent_JoinedConcernConsidered");
    }

    // --- Concerns accumulating ---

    @Test
    void concernsAccumulatingAskTheSchoolsNamedPersonsToLookAtThemTogetherBesideTheAssessment() {
        ProcessInstance referral = engine.getRuntimeService().startProcessInstanceByKey("girfec-referral",
                withVariables("childGivenName", "Test", "childFamilyName", "Child", "immediateRisk", "no", "testAccumulating", true));

        assertThat(referral).isWaitingAt("Activity_NamedPersonAssessment", "Activity_LookAtRecentConcerns");
        Task look = taskQuery().processInstanceId(referral.getId()).taskDefinitionKey("Activity_LookAtRecentConcerns").singleResult();
        assertThat(look).hasCandidateGroup(NAMED_PERSONS_OF_SCHOOL);
        complete(look, withVariables("recentConcernsDecision", "seen-together", "recentConcernsNote", "Three reports of hunger"));

        assertThat(referral).hasPassed("EndEvent_RecentConcernsLookedAt").isWaitingAt("Activity_NamedPersonAssessment");
        assertThat(recorded).contains("recent-concerns-looked-at");
    }

    @Test
    void aConcernThatBringsNoPatternAsksNothingMore() {
        ProcessInstance referral = engine.getRuntimeService().startProcessInstanceByKey("girfec-referral",
                withVariables("childGivenName", "Test", "childFamilyName", "Child", "immediateRisk", "no", "testAccumulating", false));

        assertThat(referral).isWaitingAtExactly("Activity_NamedPersonAssessment");
        assertThat(recorded).doesNotContain("recent-concerns-looked-at");
    }

    // --- Step-down as a state (issue 18) ---

    /** A multi-agency case with its plan agreed at the team meeting, waiting for its first review. */
    private ProcessInstance multiAgencyCaseWithAPlan() {
        ProcessInstance referral = raise("no");
        assess(referral, 2, true);
        confirmPathway(referral, "MULTI_AGENCY");
        consent(referral, consentGiven());
        complete(task(referral), withVariables("invitedAgencies", List.of("health")));
        complete(taskQuery().processInstanceId(referral.getId()).taskDefinitionKey("Activity_AgencyResponse").singleResult(),
                withVariables("agencyDecision", "accept", "agencyPractitioner", "Dr Shona Bell"));
        agreePlan(referral, "Activity_TeamMeeting", "2027-03-01");
        return referral;
    }

    @Test
    void aStepDownKeepsTheCaseOpenUnderTheNamedPersonWithALightReview() {
        ProcessInstance referral = multiAgencyCaseWithAPlan();
        reviewFallsDueAndDecides(referral, "step-down", null);

        assertThat(referral).isNotEnded().hasPassed("Activity_RecordStepDown").hasNotPassed("Activity_CloseCase")
                .isWaitingAt("Event_StepDownReviewDue").variables().containsEntry("coordinator", NAMED_PERSON);
    }

    @Test
    void aLightReviewContinuesUniversalSupportAndSetsTheNextOne() {
        ProcessInstance referral = multiAgencyCaseWithAPlan();
        reviewFallsDueAndDecides(referral, "step-down", null);
        lightReviewFallsDueAndDecides(referral, withVariables("stepDownDecision", "continue"));

        assertThat(referral).isWaitingAt("Event_StepDownReviewDue");
        lightReviewFallsDueAndDecides(referral, withVariables("stepDownDecision", "close"));
        close(referral, NAMED_PERSON);
        assertThat(recorded).containsSubsequence("review:step-down", "stepped-down", "light-review:continue", "light-review:close",
                "closure");
    }

    @Test
    void aLightReviewStepsUpToATeamAgainThroughConsentAndANewLeadProfessional() {
        ProcessInstance referral = multiAgencyCaseWithAPlan();
        reviewFallsDueAndDecides(referral, "step-down", null);
        lightReviewFallsDueAndDecides(referral, withVariables("stepDownDecision", "step-up", "stepUpTo", "multi-agency"));

        // Consent and sharing are considered afresh before any agency is involved again.
        consent(referral, consentGiven());
        assertThat(referral).isWaitingAt("Activity_AppointLeadProfessional");
        complete(task(referral), withVariables("invitedAgencies", List.of("health")));
        complete(taskQuery().processInstanceId(referral.getId()).taskDefinitionKey("Activity_AgencyResponse").singleResult(),
                withVariables("agencyDecision", "accept", "agencyPractitioner", "Dr Shona Bell"));
        agreePlan(referral, "Activity_TeamMeeting", "2027-09-01");
        assertThat(referral).isWaitingAt("Event_ReviewDue");
        assertThat(recorded).containsSubsequence("stepped-down", "light-review:step-up", "consent", "lead-professional", "plan");
    }

    @Test
    void aLightReviewStepsUpToATargetedPlanWithTheNamedPerson() {
        ProcessInstance referral = multiAgencyCaseWithAPlan();
        reviewFallsDueAndDecides(referral, "step-down", null);
        lightReviewFallsDueAndDecides(referral, withVariables("stepDownDecision", "step-up", "stepUpTo", "targeted-single-agency"));

        consent(referral, consentGiven());
        assertThat(referral).isWaitingAt("Activity_SingleAgencyPlan");
        assertThat(task(referral)).isAssignedTo(NAMED_PERSON);
    }

    @Test
    void aLightReviewClosesTheCaseWithTheNamedPersonsSummary() {
        ProcessInstance referral = openCaseWithAPlan();
        reviewFallsDueAndDecides(referral, "step-down", null);
        lightReviewFallsDueAndDecides(referral, withVariables("stepDownDecision", "close"));

        close(referral, NAMED_PERSON);
        assertThat(referral).hasPassed("Activity_RecordStepDownReview", "Activity_StepDownReview");
    }

    @Test
    void aReviewThatClosesGoesStraightToTheClosingSummary() {
        ProcessInstance referral = openCaseWithAPlan();
        reviewFallsDueAndDecides(referral, "close", null);

        close(referral, NAMED_PERSON);
        assertThat(referral).hasNotPassed("Activity_RecordStepDown", "Activity_StepDownReview");
    }
}
