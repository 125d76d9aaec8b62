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
    private final TaskService taskService;
    private final CurrentUser currentUser;

    public ChildsCases(CaseAccess access, WellbeingRatings ratings, Chronology chronology, TaskService taskService,
                       CurrentUser currentUser) {
        this.access = access;
        this.ratings = ratings;
        this.chronology = chronology;
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
        return new CaseFile(concern, ratings.findByConcernIdOrderByRatedAtAscIndicatorAsc(concernId), chronology.of(concern), next);
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
