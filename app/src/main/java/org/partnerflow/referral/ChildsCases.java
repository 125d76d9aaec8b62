package org.partnerflow.referral;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.partnerflow.identity.CurrentUser;
import org.partnerflow.identity.People;
import org.partnerflow.identity.Role;
import org.partnerflow.workflow.PartnerflowEnginePlugin;
import org.partnerflow.workflow.form.FormValidator;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.form.Answers;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Children's case files for the case page, behind {@link CaseAccess}. */
@Service
public class ChildsCases {

    private final CaseAccess access;
    private final WellbeingAssessments assessments;
    private final WellbeingRatings ratings;
    private final Chronology chronology;
    private final ConsentRecords consents;
    private final TeamMembers team;
    private final ChildsPlanVersions plans;
    private final PlanReviews reviews;
    private final InformationSharing sharing;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final RepositoryService repositoryService;
    private final CurrentUser currentUser;
    private final WellbeingConcerns concerns;
    private final People people;

    public ChildsCases(CaseAccess access, WellbeingAssessments assessments, WellbeingRatings ratings, Chronology chronology, ConsentRecords consents,
                       InformationSharing sharing, TeamMembers team, ChildsPlanVersions plans, PlanReviews reviews,
                       ProcessEngine engine, CurrentUser currentUser, WellbeingConcerns concerns, People people) {
        this.access = access;
        this.assessments = assessments;
        this.ratings = ratings;
        this.chronology = chronology;
        this.consents = consents;
        this.team = team;
        this.plans = plans;
        this.reviews = reviews;
        this.sharing = sharing;
        this.taskService = engine.getTaskService();
        this.runtimeService = engine.getRuntimeService();
        this.managementService = engine.getManagementService();
        this.repositoryService = engine.getRepositoryService();
        this.currentUser = currentUser;
        this.concerns = concerns;
        this.people = people;
    }

    /** The case a referral process records, such as the one just raised; its page then decides who may open it. */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> caseOf(String processInstanceId) {
        return concerns.findByProcessInstanceId(processInstanceId).map(WellbeingConcern::getId);
    }

    /** @throws NoAccessException if the signed-in person is not on the case */
    @Transactional(readOnly = true)
    public CaseFile open(long concernId, String view) {
        WellbeingConcern concern = access.open(concernId, view);
        List<CaseFile.NextStep> next = concern.getProcessInstanceId() == null ? List.of()
                : taskService.createTaskQuery().processInstanceId(concern.getProcessInstanceId()).orderByTaskCreateTime().asc()
                        .listPage(0, PartnerflowEnginePlugin.QUERY_MAX_RESULTS).stream().map(this::nextStep).toList();
        if (next.isEmpty() && concern.getProcessInstanceId() != null) {
            // Nobody's task just now (between reviews): the next step is whatever timer the process waits on.
            next = waitingTimers(concern.getProcessInstanceId());
        }
        return new CaseFile(concern, access.childAsSeen(concern), assessments.findByConcernIdOrderByAssessedAtAsc(concernId), ratings.findByConcernIdOrderByRatedAtAscIndicatorAsc(concernId), chronology.of(concern), next,
                consents.findByConcernIdOrderByRecordedAtAsc(concernId), sharing.decisionsFor(concernId),
                team.findByConcernIdOrderByIdAsc(concernId), plans.findByConcernIdOrderByVersionNumberDesc(concernId),
                reviews.findByConcernIdOrderByHeldAtAsc(concernId), access.worksOn(concern),
                concerns.findByJoinedCaseIdOrderByRaisedAtAscIdAsc(concernId));
    }

    /**
     * A practitioner's own chronology entry: a fact, the day it happened (today or earlier) and whom it
     * came from; never edited afterwards.
     *
     * @throws IllegalArgumentException with the reason in words: no text, too long, no date, a date in the future, no source
     */
    @Transactional
    public ChronologyEntry addNote(long concernId, String note, LocalDate happenedOn, InformationSource source) {
        checkText(note, "A chronology note");
        checkEventDate(happenedOn);
        if (source == null) {
            throw new IllegalArgumentException("Say whom the information came from: school, health, police, social work, the family, the child or other.");
        }
        WellbeingConcern concern = access.open(concernId, "add-chronology-note");
        if (!access.mayAddTo(concern)) {
            throw new IllegalArgumentException("You handed this case on: you can still read it for a while, but not add to it.");
        }
        return chronology.record(concern, ChronologyEntry.Kind.PRACTITIONER_NOTE, note.strip(), currentUser.requireId(), happenedOn, source);
    }

    /**
     * Corrects a chronology entry: the one way in. Only those who work on the case may (access-logged);
     * the correction is a new entry that supersedes the old one, which stays as it was. Not transactional
     * itself: the correction is written in its own transaction, so that losing a race with someone else's
     * correction is told in words after nothing was written.
     *
     * @throws NoAccessException if the person does not work on the case
     * @throws IllegalArgumentException with the reason in words for missing or overlong text, reason or date
     * @throws org.partnerflow.workflow.Refusal if the entry is already corrected (by whom, and to reload)
     */
    public ChronologyEntry correctEntry(long concernId, long entryId, String correction, String reason, LocalDate happenedOn) {
        checkText(correction, "The corrected entry");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Say why the entry is wrong: a correction needs its reason.");
        }
        if (reason.length() > 1000 || FormValidator.hasUnstorableCharacters(reason)) {
            throw new IllegalArgumentException("The reason needs at most 1,000 characters, with no control characters or text-direction overrides.");
        }
        checkEventDate(happenedOn);
        WellbeingConcern concern = access.openToWork(concernId, "correct-chronology-entry");
        try {
            return chronology.correct(concern, entryId, correction.strip(), reason.strip(), happenedOn, currentUser.requireId());
        } catch (DataIntegrityViolationException lostTheRace) {
            // Someone corrected it at the same moment and the database kept theirs (the unique index).
            throw chronology.correctionOf(entryId).map(chronology::alreadyCorrected).orElseThrow(() -> lostTheRace);
        }
    }

    private static void checkText(String text, String what) {
        if (text == null || text.isBlank() || text.length() > 8000) {
            throw new IllegalArgumentException(what + " needs between 1 and 8,000 characters.");
        }
        // The same rule as every form field: PostgreSQL refuses NUL, and bidi overrides disguise text.
        if (FormValidator.hasUnstorableCharacters(text)) {
            throw new IllegalArgumentException(what + " cannot contain control characters or text-direction overrides.");
        }
    }

    private void checkEventDate(LocalDate happenedOn) {
        if (happenedOn == null) {
            throw new IllegalArgumentException("Give the date it happened: every chronology entry needs one.");
        }
        if (happenedOn.isAfter(chronology.today())) {
            throw new IllegalArgumentException("The date it happened cannot be in the future (today is " + Words.date(chronology.today()) + ").");
        }
    }

    private List<CaseFile.NextStep> waitingTimers(String processInstanceId) {
        List<Job> timers = managementService.createJobQuery().processInstanceId(processInstanceId).timers().orderByJobDuedate().asc().listPage(0, PartnerflowEnginePlugin.QUERY_MAX_RESULTS);
        if (timers.isEmpty()) {
            return List.of();
        }
        String coordinator = Answers.read(Coordinator.class, runtimeService.getVariables(processInstanceId, Answers.names(Coordinator.class)))
                .coordinator();
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(timers.get(0).getProcessDefinitionId());
        return timers.stream().map(job -> {
            String activityId = managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                    .singleResult().getActivityId();
            FlowElement element = model.getModelElementById(activityId);
            String name = element != null && element.getName() != null ? element.getName() : activityId;
            return new CaseFile.NextStep(name, coordinator == null ? "the process" : people.displayName(coordinator), job.getDuedate());
        }).toList();
    }

    /** An establishment's Named Persons and a council's coordinators are shown as Named Persons, never by group id. */
    private static java.util.Optional<Role> namedPersonsGroup(String groupId) {
        return groupId.startsWith("named-persons.") || groupId.startsWith("named-person-coordinators.")
                ? java.util.Optional.of(Role.NAMED_PERSON) : java.util.Optional.empty();
    }

    private CaseFile.NextStep nextStep(Task task) {
        // People by name and groups by their role's name: user and group ids are never shown.
        String heldBy = task.getAssignee() == null ? null : people.displayName(task.getAssignee());
        if (heldBy == null) {
            heldBy = taskService.getIdentityLinksForTask(task.getId()).stream()
                    .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                    .map(l -> Words.text("task.heldByGroup", Role.ofGroup(l.getGroupId()).or(() -> namedPersonsGroup(l.getGroupId()))
                            .map(Words::of).orElse(l.getGroupId())))
                    .findFirst().orElse("unassigned");
        }
        return new CaseFile.NextStep(task.getName(), heldBy, task.getDueDate());
    }

    /** Who is coordinating the case now: the Named Person, then the Lead Professional (set by the steps). */
    record Coordinator(String coordinator) {
    }
}
