package org.partnerflow.referral;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.partnerflow.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Children's case files for the case page, behind {@link CaseAccess}. */
@Service
public class ChildsCases {

    private final CaseAccess access;
    private final WellbeingRatings ratings;
    private final Chronology chronology;
    private final ConsentRecords consents;
    private final TeamMembers team;
    private final ChildsPlanVersions plans;
    private final PlanReviews reviews;
    private final TaskService taskService;
    private final CurrentUser currentUser;

    public ChildsCases(CaseAccess access, WellbeingRatings ratings, Chronology chronology, ConsentRecords consents,
                       TeamMembers team, ChildsPlanVersions plans, PlanReviews reviews, TaskService taskService,
                       CurrentUser currentUser) {
        this.access = access;
        this.ratings = ratings;
        this.chronology = chronology;
        this.consents = consents;
        this.team = team;
        this.plans = plans;
        this.reviews = reviews;
        this.taskService = taskService;
        this.currentUser = currentUser;
    }

    /** @throws NoAccessException if the signed-in person is not on the case */
    @Transactional(readOnly = true)
    public CaseFile open(long concernId, String view) {
        WellbeingConcern concern = access.open(concernId, view);
        List<CaseFile.NextStep> next = concern.getProcessInstanceId() == null ? List.of()
                : taskService.createTaskQuery().processInstanceId(concern.getProcessInstanceId()).orderByTaskCreateTime().asc()
                        .list().stream().map(this::nextStep).toList();
        List<ChildsPlanVersion> versions = plans.findByConcernIdOrderByVersionNumberDesc(concernId);
        if (next.isEmpty() && concern.getStage() == CaseStage.REVIEW && !versions.isEmpty()) {
            // Between reviews nothing is anyone's task: the next step is the review the plan set.
            ChildsPlanVersion plan = versions.get(0);
            String coordinator = concern.getLeadProfessional() != null ? concern.getLeadProfessional() : concern.getNamedPerson();
            next = List.of(new CaseFile.NextStep("Review the Child's Plan", coordinator,
                    java.util.Date.from(plan.getReviewDate().atStartOfDay(java.time.ZoneId.systemDefault()).toInstant())));
        }
        return new CaseFile(concern, ratings.findByConcernIdOrderByRatedAtAscIndicatorAsc(concernId), chronology.of(concern), next,
                consents.findByConcernIdOrderByRecordedAtAsc(concernId), team.findByConcernIdOrderByIdAsc(concernId),
                versions, reviews.findByConcernIdOrderByHeldAtAsc(concernId));
    }

    /** A practitioner's own chronology entry: a fact, dated now, never edited afterwards. */
    @Transactional
    public ChronologyEntry addNote(long concernId, String note) {
        if (note == null || note.isBlank() || note.length() > 8000) {
            throw new IllegalArgumentException("A chronology note needs between 1 and 8,000 characters.");
        }
        WellbeingConcern concern = access.open(concernId, "add-chronology-note");
        return chronology.record(concern, ChronologyEntry.Kind.PRACTITIONER_NOTE, note.strip(), currentUser.requireId());
    }

    private CaseFile.NextStep nextStep(Task task) {
        String heldBy = task.getAssignee();
        if (heldBy == null) {
            heldBy = taskService.getIdentityLinksForTask(task.getId()).stream()
                    .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                    .map(l -> "group " + l.getGroupId()).findFirst().orElse("unassigned");
        }
        return new CaseFile.NextStep(task.getName(), heldBy, task.getDueDate());
    }
}
