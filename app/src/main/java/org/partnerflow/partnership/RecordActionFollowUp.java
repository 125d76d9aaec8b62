package org.partnerflow.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.workflow.form.Answers;
import org.partnerflow.workflow.form.FieldErrors;
import org.partnerflow.workflow.form.FormValidationException;
import org.springframework.stereotype.Component;

/** The actions ticked as done are closed with the follow-up note; anything else ticked is refused. */
@Component("recordActionFollowUp")
class RecordActionFollowUp implements JavaDelegate {

    private final RunningPartnerships running;
    private final PartnershipActions actions;
    private final Clock clock;
    private final PartnershipInvitations invitations;

    RecordActionFollowUp(RunningPartnerships running, PartnershipActions actions, Clock clock, PartnershipInvitations invitations) {
        this.invitations = invitations;
        this.running = running;
        this.actions = actions;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution e) {
        Partnership partnership = running.of(e);
        FollowUpActionsAnswers a = Answers.of(e, FollowUpActionsAnswers.class);
        Set<String> done = new LinkedHashSet<>(a.actionsDone());
        for (PartnershipAction action : actions.findByPartnershipIdOrderByDueOnAscIdAsc(partnership.getId())) {
            if (done.remove(String.valueOf(action.getId())) && action.getStatus() == PartnershipAction.Status.OPEN) {
                action.done(LocalDate.now(clock), a.followUpNotes());
            }
        }
        if (!done.isEmpty()) {
            throw new FormValidationException("follow-up-actions", FieldErrors.of("actionsDone",
                    "contains actions that are not this partnership's open actions: " + String.join(", ", done)));
        }
        e.removeVariables(List.of("openActionOptions", "actionsDone", "followUpNotes"));
        invitations.nextMeeting(partnership, e); // the loop sets the next meeting's timer: the same event moves on
    }
}
