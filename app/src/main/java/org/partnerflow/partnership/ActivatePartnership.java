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

    ActivatePartnership(RunningPartnerships running, PartnershipActions actions, Clock clock) {
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
    }
}
