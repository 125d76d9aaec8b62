package org.partnerflow.partnership;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/** The joint plan's actions, then the partnership is active (refused while the protocol is unsettled). */
@Component("activatePartnership")
class ActivatePartnership implements JavaDelegate {

    private final RunningPartnerships running;
    private final PartnershipActions actions;
    private final Clock clock;
    private final PartnershipInvitations invitations;

    ActivatePartnership(RunningPartnerships running, PartnershipActions actions, Clock clock, PartnershipInvitations invitations) {
        this.invitations = invitations;
        this.running = running;
        this.actions = actions;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution e) {
        Partnership partnership = running.of(e);
        JointPlanAnswers a = Answers.of(e, JointPlanAnswers.class);
        for (ActionLines.Line line : ActionLines.parse(a.planActions(), "joint-plan", "planActions")) {
            actions.save(new PartnershipAction(partnership.getId(), null, line.what(), line.owner(), line.due(), line.indicator()));
        }
        partnership.activate(a.programme(), clock.instant());
        // Both cycles' timers start now: the partners' calendars get the first meeting and evaluation.
        invitations.nextMeeting(partnership, e);
        invitations.nextEvaluation(partnership, e);
    }
}
