package org.partnerflow.partnership;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/** The closing report; the partnership closes. */
@Component("recordPartnershipClosure")
class RecordPartnershipClosure implements JavaDelegate {

    private final RunningPartnerships running;
    private final Clock clock;
    private final PartnershipInvitations invitations;

    RecordPartnershipClosure(RunningPartnerships running, Clock clock, PartnershipInvitations invitations) {
        this.invitations = invitations;
        this.running = running;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution e) {
        Partnership partnership = running.of(e);
        invitations.closed(partnership); // calendars that took its meeting or evaluation remove them
        partnership.close(Answers.of(e, ConsolidateEvaluationAnswers.class).closingReport(), clock.instant());
    }
}
