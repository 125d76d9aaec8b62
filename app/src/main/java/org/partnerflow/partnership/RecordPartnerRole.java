package org.partnerflow.partnership;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/** The organisation confirms its role (the person answering becomes its contact) or declines. */
@Component("recordPartnerRole")
class RecordPartnerRole implements JavaDelegate {

    private final RunningPartnerships running;
    private final Clock clock;

    RecordPartnerRole(RunningPartnerships running, Clock clock) {
        this.running = running;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution e) {
        PartnershipMember member = running.answeringMember(e);
        ConfirmRoleAnswers a = Answers.of(e, ConfirmRoleAnswers.class);
        if (a.roleDecision() == ConfirmRoleAnswers.Decision.CONFIRM) {
            member.confirm(a.roleName(), a.responsibilities(), Actors.of(e), LocalDate.now(clock));
        } else {
            member.decline(a.roleDeclineReason());
        }
    }
}
