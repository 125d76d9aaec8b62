package org.partnerflow.testsupport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.partnerflow.identity.Role;
import org.partnerflow.partnership.OrganisationKind;
import org.partnerflow.partnership.PartnerOrganisation;
import org.partnerflow.partnership.PartnerRegister;
import org.partnerflow.partnership.PartnershipPrinciple;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.TaskCompletion;
import org.springframework.stereotype.Component;

/** Partner organisations with a contact each, and partnerships walked through their forms as people would. */
@Component
public class TestPartnerships {

    /** A registered organisation and the person who answers for it. */
    public record Partner(PartnerOrganisation organisation, String contact) {
    }

    private final TestPeople people;
    private final PartnerRegister register;
    private final TaskCompletion completion;
    private final RepositoryService repositoryService;
    private final TaskService taskService;
    private final ManagementService managementService;

    public TestPartnerships(TestPeople people, PartnerRegister register, TaskCompletion completion,
                            RepositoryService repositoryService, TaskService taskService, ManagementService managementService) {
        this.people = people;
        this.register = register;
        this.completion = completion;
        this.repositoryService = repositoryService;
        this.taskService = taskService;
        this.managementService = managementService;
    }

    /**
     * A partnership of these partners taken to active: roles confirmed, the protocol agreed by all,
     * meetings termly (3 a year), and a joint plan with one action due on {@code actionDue}.
     */
    public ProcessInstance active(String lead, String name, List<Partner> partners, String actionDue) {
        ProcessInstance p = propose(lead, proposal(name, "school-cluster", partners));
        confirmRoles(p, partners);
        work(p, "Activity_DraftProtocol", lead, protocolWithPersonalData());
        for (Partner partner : partners) {
            work(p, "Activity_AgreeProtocol", partner.contact(), Map.of("protocolAnswer", "agree"));
        }
        work(p, "Activity_MeetingProtocol", lead, meetingProtocol(3));
        work(p, "Activity_JointPlan", lead, Map.of("programme", "Shared numeracy moderation and family learning",
                "planActions", "Moderation day; Eastfield Primary; " + actionDue + "; primary-numeracy"));
        return p;
    }

    public static Map<String, Object> meetingProtocol(int perYear) {
        return Map.of("meetingsPerYear", (long) perYear, "meetingStructure", "Chair rotates; coordinator takes minutes",
                "meetingPurpose", "Plan and review the shared programme", "evaluationCycle", "termly");
    }

    /** The meeting timer fires; the lead prepares the agenda and records the meeting with these new actions. */
    public void meet(ProcessInstance p, String lead, String newActions) {
        fire(p, "Event_MeetingDue");
        work(p, "Activity_PrepareAgenda", lead, Map.of("meetingDate", "2027-01-20", "agenda", "Numeracy data; family learning"));
        Map<String, Object> minutes = new HashMap<>(Map.of("attendance", "All partners", "minutes", "Reviewed P4 data",
                "decisions", "Run a family evening", "practiceShared", "Number talks"));
        if (!newActions.isEmpty()) {
            minutes.put("newActions", newActions);
        }
        work(p, "Activity_RecordMeeting", lead, minutes);
    }

    /** An evaluation cycle: partner i rates every principle ratingOf[i], then the lead decides. */
    public void evaluate(ProcessInstance p, String lead, List<Partner> partners, int[] ratingOf, Map<String, Object> decision) {
        fire(p, "Event_EvaluationDue");
        for (int i = 0; i < partners.size(); i++) {
            work(p, "Activity_RatePartnership", partners.get(i).contact(), ratings(ratingOf[i]));
        }
        work(p, "Activity_ConsolidateEvaluation", lead, decision);
    }

    /** Time passes to the timer: it fires as the job executor would. */
    public void fire(ProcessInstance p, String timer) {
        Job job = managementService.createJobQuery().processInstanceId(p.getId()).activityId(timer).singleResult();
        if (job == null) {
            throw new AssertionError("No timer " + timer + " waiting in partnership " + p.getId());
        }
        managementService.executeJob(job.getId());
    }

    /** A new organisation (unique name) with a new contact of its own. */
    public Partner partner(String name, OrganisationKind kind) {
        String unique = name + " " + System.nanoTime();
        people.signIn(Role.PARTNERSHIP_LEAD);
        try {
            PartnerOrganisation organisation = register.register(unique, kind, "Glasgow City");
            String contact = people.ensure("test-contact-" + organisation.getId(), Role.PRACTITIONER);
            register.addPerson(organisation.getId(), contact);
            return new Partner(organisation, contact);
        } finally {
            people.signOut();
        }
    }

    public List<Partner> partners(int how) {
        OrganisationKind[] kinds = {OrganisationKind.SCHOOL, OrganisationKind.COLLEGE, OrganisationKind.THIRD_SECTOR, OrganisationKind.BUSINESS};
        return java.util.stream.IntStream.range(0, how).mapToObj(i -> partner("Partner " + (i + 1), kinds[i % kinds.length])).toList();
    }

    /** The proposal's answers for a partnership of these partners. */
    public static Map<String, Object> proposal(String name, String type, List<Partner> partners) {
        Map<String, Object> v = new HashMap<>();
        v.put("name", name);
        v.put("partnershipType", type);
        v.put("localAuthority", "Glasgow City");
        v.put("purpose", "Raise attainment in numeracy across the cluster");
        v.put("aims", "Shared moderation; family learning sessions");
        v.put("partnerOrganisations", partners.stream().map(p -> String.valueOf(p.organisation().getId())).toList());
        v.put("cspPriorities", "Closing the poverty-related attainment gap");
        v.put("criticalIndicators", List.of("primary-numeracy"));
        v.put("localData", "Numeracy at P4 is 9 points below the authority average");
        return v;
    }

    /** Proposes the partnership through its start form, signed in as the lead; signs out again. */
    public ProcessInstance propose(String lead, Map<String, Object> proposal) {
        people.signInAs(lead);
        try {
            String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("partnership")
                    .latestVersion().singleResult().getId();
            return completion.start(definitionId, proposal);
        } finally {
            people.signOut();
        }
    }

    /** Claims (if need be) and completes the person's task at the activity, as they would through its form. */
    public void work(ProcessInstance partnership, String activity, String userId, Map<String, Object> values) {
        Task task = taskService.createTaskQuery().processInstanceId(partnership.getId()).taskDefinitionKey(activity)
                .or().taskAssignee(userId).taskCandidateUser(userId).endOr().singleResult();
        if (task == null) {
            throw new AssertionError("No task at " + activity + " for " + userId + " in partnership " + partnership.getId());
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

    public void confirmRoles(ProcessInstance partnership, List<Partner> partners) {
        for (Partner p : partners) {
            work(partnership, "Activity_ConfirmRole", p.contact(), Map.of("roleDecision", "confirm",
                    "roleName", "Host " + Words.of(p.organisation().getKind()), "responsibilities", "Hosts one session a term"));
        }
    }

    public static Map<String, Object> protocolWithPersonalData() {
        return Map.of("personalDataShared", "yes", "whatIsShared", "Pupils' names and P4 numeracy levels, school to college",
                "sharingPurpose", "To plan family learning places", "lawfulBasis", "Public task (UK GDPR 6(1)(e))",
                "retention", "Deleted at the end of the school year; held on the council's secure drive");
    }

    /** Every partner's rating of the partnership: the given rating on every principle. */
    public static Map<String, Object> ratings(int rating) {
        Map<String, Object> v = new HashMap<>();
        for (PartnershipPrinciple p : PartnershipPrinciple.values()) {
            v.put(p.ratingField(), String.valueOf(rating));
        }
        v.put("ratingEvidence", "Minutes and the attendance record of the term's sessions");
        return v;
    }
}
