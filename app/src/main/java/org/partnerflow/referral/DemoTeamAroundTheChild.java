package org.partnerflow.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.partnerflow.establishment.Establishment;
import org.partnerflow.establishment.EstablishmentRegister;
import org.partnerflow.identity.DemoPeople;
import org.partnerflow.identity.People;
import org.partnerflow.referral.ChildsPlanEditing.ActionEdit;
import org.partnerflow.referral.TeamAroundTheChildMeetings.MeetingRecord;
import org.partnerflow.referral.TeamMeeting.FamilyAgreement;
import org.partnerflow.referral.TeamMeeting.Part;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.TaskAssignments;
import org.partnerflow.workflow.TaskCompletion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's one multi-agency case, made in the {@code demo} profile after the demo people,
 * establishments and agencies, by driving the real referral as its people would, through the services
 * the UI calls (start form, claims, task forms, meetings, the plan editor): {@code morag} raises a
 * concern about Isla Example at Eastfield Primary School; {@code iain}, its Named Person, assesses
 * and records the mother's consent; {@code aisha} takes it on as Lead Professional and invites health
 * visiting and social work; {@code lorna} joins for health visiting, {@code ewan} declines for social
 * work with a reason and {@code aisha} covers its part; the initial meeting agrees version 1 of the
 * Child's Plan; {@code aisha} changes it (an outcome met, an action done, one reworded with a new due
 * date), {@code lorna} notes progress, and the review meeting agrees version 2. The case is left
 * waiting for its next review.
 *
 * <p>Made once: the child's Scottish Candidate Number marks it (unique in {@code child}). All of it is
 * one transaction, so a start that fails leaves nothing half made; on PostgreSQL, nodes starting at
 * once take a transaction lock first and the later ones find the case made.
 */
@Component
@Profile("demo")
@Order(4)
class DemoTeamAroundTheChild implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoTeamAroundTheChild.class);

    /** The demo child's candidate number: a 9-digit number no real pupil is given in the demo. */
    static final String CANDIDATE_NUMBER = "900000018";
    static final String SCHOOL = "Eastfield Primary School";
    static final String HEALTH_VISITING = "nhsggc-health-visiting-north-east";
    static final String SOCIAL_WORK = "glasgow-social-work-north-east";
    /** pg_advisory_xact_lock key: "demo" in ASCII, any number the application uses for nothing else. */
    private static final long LOCK = 0x64656d6fL;

    private final DemoPeople people;
    private final People displayNames;
    private final TaskCompletion completion;
    private final TaskAssignments assignments;
    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final ManagementService managementService;
    private final TeamAroundTheChildMeetings meetings;
    private final ChildsPlanEditing editing;
    private final ChildRecord childRecord;
    private final Children children;
    private final WellbeingConcerns concerns;
    private final EstablishmentRegister establishments;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoTeamAroundTheChild(DemoPeople people, People displayNames, TaskCompletion completion, TaskAssignments assignments, TaskService taskService,
                           RepositoryService repositoryService, ManagementService managementService, TeamAroundTheChildMeetings meetings,
                           ChildsPlanEditing editing, ChildRecord childRecord, Children children, WellbeingConcerns concerns,
                           EstablishmentRegister establishments, JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this.people = people;
        this.displayNames = displayNames;
        this.completion = completion;
        this.assignments = assignments;
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.managementService = managementService;
        this.meetings = meetings;
        this.editing = editing;
        this.childRecord = childRecord;
        this.children = children;
        this.concerns = concerns;
        this.establishments = establishments;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (children.findByCandidateNumber(CANDIDATE_NUMBER).isPresent()) {
            return;
        }
        long started = System.nanoTime();
        Long concernId = transaction.execute(status -> {
            lockAgainstOtherNodes();
            return children.findByCandidateNumber(CANDIDATE_NUMBER).isPresent() ? null : make();
        });
        if (concernId != null) {
            LOG.info("Demo case created: concern {} ({} ms)", concernId, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private void lockAgainstOtherNodes() {
        String database = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        // The embedded H2 database is one process's (its file is locked); on PostgreSQL several nodes may start at
        // once. The lock is held to the end of this transaction: a second node waits here, then finds the child.
        if ("PostgreSQL".equals(database)) {
            jdbc.queryForList("select pg_advisory_xact_lock(?)", LOCK);
        }
    }

    /** The whole case, as its people would make it; returns the concern's id. */
    private long make() {
        LocalDate today = LocalDate.now(clock.withZone(Words.ZONE));
        UnaryOperator<String> names = displayNames::displayName;
        ProcessInstance referral = people.as("morag", () -> completion.start(referralDefinition(), concern(today)));
        long concernId = concerns.findByProcessInstanceId(referral.getId()).orElseThrow().getId();
        long childId = concerns.findById(concernId).orElseThrow().getChild().getId();

        work(referral, "Activity_NamedPersonAssessment", "iain", assessment());
        people.as("iain", () -> childRecord.addParentOrCarer(childId, new ParentOrCarerDetails("Jenna Example",
                ParentOrCarer.Relationship.MOTHER, "07700 900000 (a demo number)", true), "child-page-edit"));
        work(referral, "Activity_ConfirmPathway", "iain", Map.of("pathwayChoice", "accept"));
        work(referral, "Activity_RecordConsent", "iain", Map.of("consentGiven", "yes", "consentGivenBy", "Jenna Example (mother)",
                "consentScope", "Attendance, health visiting and family support information, to plan help for Isla and her mum",
                "consentAgencies", List.of("health", "social-work"), "consentDate", today.toString(),
                "familyViews", "Jenna wants help with mornings and is happy for the school to speak to health visiting and social work."));
        work(referral, "Activity_AppointLeadProfessional", "aisha", Map.of("invitedAgencies", List.of(HEALTH_VISITING, SOCIAL_WORK),
                "invitationNote", "Isla is tired, hungry and late most mornings since her baby brother was born; mum is on her own."
                        + " Can you join the team around Isla?"));

        answerInvitation(referral, HEALTH_VISITING, "lorna", Map.of("agencyDecision", "accept", "joining", "agency-practitioner",
                "practitionerJoining", "lorna"));
        answerInvitation(referral, SOCIAL_WORK, "ewan", Map.of("agencyDecision", "decline", "agencyDeclineReason",
                "No statutory social work role at present: the family's needs are met by health visiting and the school."
                        + " Refer again if things change at home."));
        work(referral, "Activity_CoverDeclinedAgency", "aisha", Map.of("declineResponse",
                "Family support through the Eastfield family support group instead; the Lead Professional makes the link."));

        people.as("aisha", () -> meetings.record(concernId, meeting(TeamMeeting.Kind.INITIAL, today, names,
                "I get tired in class and I miss breakfast club when we are late.",
                "Mornings are hard with the baby up at night. I would like help with bedtimes and getting Isla in on time.",
                "Breakfast club place; health visitor to help with bedtime routines; link mum with the family support group.")));
        work(referral, "Activity_TeamMeeting", "aisha", plan(today, names));

        editBetweenReviews(concernId, today);

        Job reviewDue = managementService.createJobQuery().processInstanceId(referral.getId()).activityId("Event_ReviewDue").singleResult();
        managementService.executeJob(reviewDue.getId()); // the demo brings its review date forward: the review is held today
        people.as("aisha", () -> meetings.record(concernId, meeting(TeamMeeting.Kind.REVIEW, today, names,
                "I go to breakfast club every day now and I'm not tired in class.",
                "Bedtimes are better. The family support group on Tuesdays has been good for me.",
                "Keep the health visitor's visits going; carry on with the family support group; review again in twelve weeks.")));
        work(referral, "Activity_Review", "aisha", review(today));
        return concernId;
    }

    /** The Lead Professional changes the plan for its review; the health visitor notes progress. */
    private void editBetweenReviews(long concernId, LocalDate today) {
        people.as("aisha", () -> {
            ChildsPlanEditing.Plan plan = editing.plan(concernId).orElseThrow();
            PlanAction breakfast = action(plan, "Breakfast club");
            editing.changeAction(concernId, plan.draft().getVersion(), breakfast.getRef(), new ActionEdit(breakfast.getWhat(),
                    breakfast.getOwnerId(), breakfast.getAgency(), breakfast.getDueDate(), PlanAction.Status.DONE));
            plan = editing.plan(concernId).orElseThrow();
            editing.markOutcomeMet(concernId, plan.draft().getVersion(), WellbeingIndicator.ACHIEVING);
            plan = editing.plan(concernId).orElseThrow();
            PlanAction support = action(plan, "Link mum");
            editing.changeAction(concernId, plan.draft().getVersion(), support.getRef(), new ActionEdit(
                    "Go with mum to her first two Eastfield family support group sessions (Tuesday mornings)", support.getOwnerId(),
                    support.getAgency(), today.plusDays(63), PlanAction.Status.IN_PROGRESS));
            return null;
        });
        people.as("lorna", () -> {
            ChildsPlanEditing.Plan plan = editing.plan(concernId).orElseThrow();
            editing.addProgressNote(concernId, plan.draft().getVersion(), action(plan, "Home visits").getRef(),
                    "Two home visits so far: a bedtime routine chart is up and Isla is asleep by half past eight most nights.");
            return null;
        });
    }

    private static PlanAction action(ChildsPlanEditing.Plan plan, String startingWith) {
        return plan.draft().getActions().stream().filter(a -> a.getWhat().startsWith(startingWith)).findFirst().orElseThrow();
    }

    private String referralDefinition() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey("girfec-referral").latestVersion().singleResult().getId();
    }

    private Map<String, Object> concern(LocalDate today) {
        Establishment school = establishments.of(establishments.authority("glasgow-city").orElseThrow()).stream()
                .filter(e -> e.getName().equals(SCHOOL)).findFirst().orElseThrow();
        Map<String, Object> concern = new HashMap<>();
        concern.put("childGivenName", "Isla");
        concern.put("childFamilyName", "Example");
        concern.put("childDateOfBirth", "2018-05-14");
        concern.put("childEstablishment", school.getCode());
        concern.put("childCandidateNumber", CANDIDATE_NUMBER);
        concern.put("observedOn", today.minusDays(7).toString());
        concern.put("observation", "Isla has arrived late and hungry most mornings for three weeks and falls asleep in class after lunch."
                + " She says her baby brother keeps everyone up at night.");
        concern.put("indicators", List.of("HEALTHY", "ACHIEVING", "NURTURED"));
        concern.put("source", "school");
        concern.put("immediateRisk", "no");
        return concern;
    }

    private static Map<String, Object> assessment() {
        Map<String, Object> assessment = new HashMap<>(Map.of("ratingSafe", 5L, "ratingHealthy", 3L, "ratingAchieving", 3L,
                "ratingNurtured", 2L, "ratingActive", 4L, "ratingRespected", 5L, "ratingResponsible", 5L, "ratingIncluded", 4L));
        assessment.put("needsOtherAgencies", true);
        assessment.put("whatIsGettingInTheWay", "Broken nights since the baby was born; mornings are a rush and Isla misses breakfast.");
        assessment.put("informationNeeded", "How the family is managing at home with the baby, from health visiting.");
        assessment.put("whatICanDoNow", "Offer Isla a breakfast club place and a quiet check-in with her class teacher.");
        assessment.put("whatMyAgencyCanDo", "The school can give breakfast and watch attendance and tiredness each week.");
        assessment.put("additionalHelp", "Health visiting for sleep and routines; family support for mum.");
        assessment.put("growingStrengths", "Bright, chatty, reads well for her age.");
        assessment.put("growingChallenges", "Tired and hungry; late most mornings.");
        assessment.put("carersStrengths", "Mum is warm, asks for help and wants things to be better.");
        assessment.put("carersChallenges", "Mum is on her own with a new baby and little sleep.");
        assessment.put("widerWorldStrengths", "Gran lives nearby and helps at weekends.");
        assessment.put("widerWorldChallenges", "No family support group attended yet.");
        assessment.put("childsViews", "Isla says she likes school but gets sleepy and misses her friends at breakfast club.");
        assessment.put("parentsViews", "Jenna says mornings are the hardest part of the day and she would welcome help.");
        return assessment;
    }

    private static Map<String, Object> plan(LocalDate today, UnaryOperator<String> names) {
        Map<String, Object> plan = new HashMap<>();
        plan.put("needsSummary", "Isla is tired, hungry and late most mornings since her baby brother was born; her mum is on her own"
                + " and finding nights and mornings hard.");
        plan.put("outcomeHealthy", "Isla sleeps through most nights and has breakfast before lessons every school day");
        plan.put("outcomeAchieving", "Isla is in class on time every morning");
        plan.put("outcomeNurtured", "Isla's mum has support with the baby and with Isla's routines");
        plan.put("planActions", String.join("\n",
                "Breakfast club place for Isla; " + names.apply("iain") + "; Eastfield Primary School; " + Words.date(today.plusDays(14)),
                "Home visits on sleep and bedtime routines; " + names.apply("lorna") + "; NHS Greater Glasgow and Clyde health visiting (North East); "
                        + Words.date(today.plusDays(42)),
                "Link mum with the Eastfield family support group; " + names.apply("aisha") + "; Glasgow City Council; " + Words.date(today.plusDays(28))));
        plan.put("planServices", "Breakfast club (Eastfield Primary School); health visiting (NHS Greater Glasgow and Clyde);"
                + " Eastfield family support group");
        plan.put("reviewDate", today.plusDays(42).toString());
        return plan;
    }

    private static Map<String, Object> review(LocalDate today) {
        Map<String, Object> review = new HashMap<>(Map.of("reviewRatingSafe", 5L, "reviewRatingHealthy", 4L, "reviewRatingAchieving", 5L,
                "reviewRatingNurtured", 3L, "reviewRatingActive", 4L, "reviewRatingRespected", 5L, "reviewRatingResponsible", 5L,
                "reviewRatingIncluded", 4L));
        review.put("reviewProgress", "Isla has been at breakfast club every day and in class on time for four weeks. Bedtimes are"
                + " settling with the health visitor's routine chart; mum has started at the family support group.");
        review.put("reviewViews", "Isla says she is not tired in class any more. Jenna says bedtimes are better and the group helps.");
        review.put("reviewDecision", "continue");
        review.put("nextReviewDate", today.plusDays(84).toString());
        return review;
    }

    private static MeetingRecord meeting(TeamMeeting.Kind kind, LocalDate heldOn, UnaryOperator<String> names, String childViews, String familyViews, String decisions) {
        return new MeetingRecord(kind, true, heldOn, "Eastfield Primary School, the family room", null, List.of(
                new TeamMeeting.Person(Part.TEAM_MEMBER, names.apply("aisha"), "aisha", true, true),
                new TeamMeeting.Person(Part.TEAM_MEMBER, names.apply("iain"), "iain", true, true),
                new TeamMeeting.Person(Part.TEAM_MEMBER, names.apply("lorna"), "lorna", true, kind == TeamMeeting.Kind.INITIAL),
                new TeamMeeting.Person(Part.CHILD, "Isla Example", null, true, true),
                new TeamMeeting.Person(Part.PARENT_OR_CARER, "Jenna Example", null, true, true)),
                childViews, familyViews, decisions, FamilyAgreement.AGREED, null);
    }

    /** Claims the case's task at the activity (if no one holds it) and completes it through its form, as the person would. */
    private void work(ProcessInstance referral, String activity, String userId, Map<String, Object> values) {
        Task task = taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey(activity).singleResult();
        complete(task, activity, userId, values);
    }

    private void answerInvitation(ProcessInstance referral, String agencyCode, String userId, Map<String, Object> values) {
        Task task = taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey("Activity_AgencyResponse")
                .taskCandidateGroup("agency." + agencyCode).includeAssignedTasks().singleResult();
        complete(task, "the invitation of " + agencyCode, userId, values);
    }

    private void complete(Task task, String what, String userId, Map<String, Object> values) {
        if (task == null) {
            throw new IllegalStateException("The demo case has no open task at " + what);
        }
        people.as(userId, () -> {
            if (task.getAssignee() == null) {
                assignments.claim(task.getId());
            }
            completion.complete(task.getId(), values);
            return null;
        });
    }
}
