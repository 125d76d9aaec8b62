package org.partnerflow.partnership;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/** The lead asks the declining organisation again or goes ahead without it. */
@Component("recordDeclineResolution")
class ResolvePartnerDecline implements JavaDelegate {

    private final RunningPartnerships running;
    private final Clock clock;

    ResolvePartnerDecline(RunningPartnerships running, Clock clock) {
        this.running = running;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution e) {
        PartnershipMember member = running.answeringMember(e);
        if (Answers.of(e, ResolveDeclineAnswers.class).declineResolution() == ResolveDeclineAnswers.Resolution.REINVITE) {
            member.reinvite();
        } else {
            member.withdraw(LocalDate.now(clock));
        }
    }
}
