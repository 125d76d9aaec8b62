package org.partnerflow.testsupport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.partnerflow.identity.Role;
import org.partnerflow.referral.TeamAroundTheChildMeetings;
import org.partnerflow.referral.TeamMeeting;
import org.partnerflow.referral.WellbeingConcerns;
import org.partnerflow.referral.WellbeingIndicator;
import org.partnerflow.workflow.TaskCompletion;
import org.springframework.stereotype.Component;

/** Wellbeing concerns raised through the referral's start form, as a practitioner would. */
@Component
public class TestReferrals {

    /** Agencies of the test council, Glasgow City (reference rows of migration V20). */
    public static final String HEALTH_VISITING = "nhsggc-health-visiting-north-east";
    public static final String SOCIAL_WORK = "glasgow-social-work-north-east";
    public static final String POLICE = "police-scotland-g-division";

    private final TestPeople people;
    private final TaskCompletion completion;
    private final RepositoryService repositoryService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final TeamAroundTheChildMeetings meetings;
    private final WellbeingConcerns concerns;

    public TestReferrals(TestPeople people, TaskCompletion completion, RepositoryService repositoryService, TaskService taskService,
                         ManagementService managementService, TeamAroundTheChildMeetings meetings, WellbeingConcerns concerns) {
        this.meetings = meetings;
        this.concerns = concerns;
        this.managementService = managementService;
        this.people = people;
        this.completion = completion;
        this.repositoryService = repositoryService;
        this.taskService = taskService;
    }

    /** Raises a concern about Ailsa {familyName}, signed in as {raisedBy}; signs out again. */
    public ProcessInstance raise(String raisedBy, String familyName, String candidateNumber, String immediateRisk) {
        return raise(raisedBy, "Ailsa", familyName, "Eastfield Primary", candidateNumber, immediateRisk);
    }

    /** Raises a concern about {givenName} {familyName}, born 2016-04-12, at {school}, signed in as {raisedBy}. */
    public ProcessInstance raise(String raisedBy, String givenName, String familyName, String school, String candidateNumber,
                                 String immediateRisk) {
        return raiseOn(repositoryService.createProcessDefinitionQuery().processDefinitionKey("girfec-referral")
                .latestVersion().singleResult().getId(), raisedBy, givenName, familyName, school, candidateNumber, immediateRisk);
    }

    /** Raises the concern on the given version of the referral model (one deployed by the test). */
    public ProcessInstance raiseOn(String definitionId, String raisedBy, String givenName, String familyName, String school,
                                   String candidateNumber, String immediateRisk) {
        people.ensure(Role.NAMED_PERSON); // the fixture schools' Named Person, there before the concern is routed
        people.signInAs(raisedBy);
        Map<String, Object> concern = new HashMap<>();
        concern.put("childGivenName", givenName);
        concern.put("childFamilyName", familyName);
        concern.put("childDateOfBirth", "2016-04-12");
        concern.put("childEstablishment", codeOf(school));
        if (candidateNumber != null) {
            concern.put("childCandidateNumber", candidateNumber);
        }
        concern.put("observedOn", "2026-11-18");
        concern.put("observation", "Arrived hungry three days running; fell asleep in class.");
        concern.put("indicators", List.of("HEALTHY", "NURTURED"));
        concern.put("source", "school");
        concern.put("immediateRisk", immediateRisk);
        ProcessInstance instance = completion.start(definitionId, concern);
        people.signOut();
        return instance;
    }

    /**
     * Walks a raised referral as its Named Person to an agreed single-agency plan: assessment (lowest
     * rating 3, no other agencies), the recommended pathway, consent from the mother, and the plan.
     */
    public void toSingleAgencyPlan(ProcessInstance referral, String namedPerson) {
        work(referral, "Activity_NamedPersonAssessment", namedPerson, assessment("Healthy", 3L, false));
        work(referral, "Activity_ConfirmPathway", namedPerson, Map.of("pathwayChoice", "accept"));
        work(referral, "Activity_RecordConsent", namedPerson, Map.of("consentGiven", "yes", "consentGivenBy", "Mother",
                "consentScope", "School and health information", "consentAgencies", List.of("health"), "consentDate", "2026-11-20"));
        work(referral, "Activity_SingleAgencyPlan", namedPerson, Map.of("needsSummary", "Breakfast and sleep",
                "outcomeHealthy", "Eats breakfast every school day", "planActions", "Breakfast club; Mrs Hay; Education; 31/01/2027",
                "reviewDate", "2027-02-01"));
    }

    /**
     * Walks a raised referral to closure on the single-agency path: the plan, the review date
     * arriving, a review deciding to close, and the closing summary, all by the Named Person.
     */
    public void toClosure(ProcessInstance referral, String namedPerson) {
        toSingleAgencyPlan(referral, namedPerson);
        Job reviewDue = managementService.createJobQuery().processInstanceId(referral.getId()).activityId("Event_ReviewDue").singleResult();
        managementService.executeJob(reviewDue.getId());
        reviewAtAMeeting(referral, namedPerson, review("close", null));
        work(referral, "Activity_CloseCase", namedPerson, Map.of("closingSummary", "Needs met; breakfast club continues."));
    }

    /**
     * Records a team-around-the-child meeting of the case held today as {userId}: the child and the
     * mother invited and present, the family agreeing the plan; signs out again.
     */
    public TeamMeeting recordMeeting(ProcessInstance referral, String userId, TeamMeeting.Kind kind) {
        long concernId = concerns.findByProcessInstanceId(referral.getId()).orElseThrow().getId();
        people.signInAs(userId);
        try {
            return meetings.record(concernId, new TeamAroundTheChildMeetings.MeetingRecord(kind, true,
                    java.time.LocalDate.now(org.partnerflow.words.Words.ZONE), "Eastfield Primary, the family room", null,
                    List.of(new TeamMeeting.Person(TeamMeeting.Part.CHILD, "Ailsa", null, true, true),
                            new TeamMeeting.Person(TeamMeeting.Part.PARENT_OR_CARER, "Morag (mother)", null, true, true)),
                    "I like breakfast club", "Things are better at home", "Keep the breakfast club",
                    TeamMeeting.FamilyAgreement.AGREED, null));
        } finally {
            people.signOut();
        }
    }

    /** The initial team meeting recorded, then the Child's Plan agreed at it (Activity_TeamMeeting) by the Lead Professional. */
    public void agreeAtTheTeamMeeting(ProcessInstance referral, String leadProfessional, Map<String, Object> plan) {
        recordMeeting(referral, leadProfessional, TeamMeeting.Kind.INITIAL);
        work(referral, "Activity_TeamMeeting", leadProfessional, plan);
    }

    /** A review meeting recorded, then the review (Activity_Review) completed by its coordinator. */
    public void reviewAtAMeeting(ProcessInstance referral, String coordinator, Map<String, Object> review) {
        recordMeeting(referral, coordinator, TeamMeeting.Kind.REVIEW);
        work(referral, "Activity_Review", coordinator, review);
    }

    /** Answers to a review: every indicator rated 5, progress and views, the decision and the next date if continuing. */
    public static Map<String, Object> review(String decision, String nextReviewDate) {
        Map<String, Object> review = new HashMap<>();
        for (WellbeingIndicator i : WellbeingIndicator.values()) {
            review.put("reviewRating" + i.displayName(), 5L);
        }
        review.put("reviewProgress", "Eating breakfast daily");
        review.put("reviewViews", "Ailsa is happier");
        review.put("reviewDecision", decision);
        if (nextReviewDate != null) {
            review.put("nextReviewDate", nextReviewDate);
        }
        return review;
    }

    /** Answers to the Named Person assessment: every indicator 5 but the one given, and whether other agencies are needed. */
    public static Map<String, Object> assessment(String lowestIndicator, long lowest, boolean needsOtherAgencies) {
        Map<String, Object> assessment = new HashMap<>();
        for (String i : new String[] {"Safe", "Healthy", "Achieving", "Nurtured", "Active", "Respected", "Responsible", "Included"}) {
            assessment.put("rating" + i, i.equals(lowestIndicator) ? lowest : 5L);
        }
        assessment.put("needsOtherAgencies", needsOtherAgencies);
        for (String q : new String[] {"whatIsGettingInTheWay", "informationNeeded", "whatICanDoNow", "whatMyAgencyCanDo",
                "additionalHelp", "childsViews", "parentsViews"}) {
            assessment.put(q, "Recorded by the test");
        }
        return assessment;
    }

    /** Claims (if need be) and completes the task at the activity through the form, as the person would. */
    public void work(ProcessInstance referral, String activity, String userId, Map<String, Object> values) {
        Task task = taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey(activity).singleResult();
        if (task == null) {
            throw new AssertionError("No open task at " + activity + " in referral " + referral.getId());
        }
        people.signInAs(userId);
        try {
            if (task.getAssignee() == null) {
                taskService.claim(task.getId(), userId);
            }
            completion.complete(task.getId(), values);
        } finally {
            people.signOut();
        }
    }

    /** A practitioner of the agency (in its engine group, with the partner-agency role): answers its invitations. */
    public String agencyPractitioner(String agencyCode) {
        return people.ensureIn("test-" + agencyCode.replaceAll("^(nhsggc|glasgow|police-scotland)-", "") + "-practitioner",
                List.of("agency." + agencyCode, TestPeople.AUTHORITY), Role.PARTNER_AGENCY);
    }

    /** A manager of the agency (in its managers' engine group, with the partner-agency role): sees the cases it joined. */
    public String agencyManager(String agencyCode) {
        return people.ensureIn("test-" + agencyCode.replaceAll("^(nhsggc|glasgow|police-scotland)-", "") + "-manager",
                List.of("agency-managers." + agencyCode), Role.PARTNER_AGENCY);
    }

    /** An agency's answer accepting, with one of its practitioners joining. */
    public static Map<String, Object> joins(String practitioner) {
        return Map.of("agencyDecision", "accept", "joining", "agency-practitioner", "practitionerJoining", practitioner);
    }

    /** Claims and completes the agency's own invitation (one of several, one per invited agency) as the person would. */
    public void answerInvitation(ProcessInstance referral, String agencyCode, String userId, Map<String, Object> values) {
        Task task = taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey("Activity_AgencyResponse")
                .taskCandidateGroup("agency." + agencyCode).includeAssignedTasks().singleResult();
        if (task == null) {
            throw new AssertionError("No open invitation of " + agencyCode + " in referral " + referral.getId());
        }
        people.signInAs(userId);
        try {
            if (task.getAssignee() == null) {
                taskService.claim(task.getId(), userId);
            }
            completion.complete(task.getId(), values);
        } finally {
            people.signOut();
        }
    }

    /** The fixture establishment's code (R__test_establishments.sql): "Eastfield Primary" → eastfield-primary. */
    public static String codeOf(String establishment) {
        return establishment.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    public ProcessInstance raise(String familyName) {
        return raise(people.ensure(Role.PRACTITIONER), familyName, null, "no");
    }
}
