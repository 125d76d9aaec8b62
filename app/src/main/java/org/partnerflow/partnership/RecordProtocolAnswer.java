package org.partnerflow.partnership;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/** One organisation's answer to the latest revision of the protocol. */
@Component("recordProtocolAnswer")
class RecordProtocolAnswer implements JavaDelegate {

    private final RunningPartnerships running;
    private final DataSharingAnswers answers;
    private final Clock clock;

    RecordProtocolAnswer(RunningPartnerships running, DataSharingAnswers answers, Clock clock) {
        this.running = running;
        this.answers = answers;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution e) {
        DataSharingProtocol protocol = running.latestProtocol(running.of(e));
        PartnerOrganisation organisation = running.answeringOrganisation(e);
        AgreeProtocolAnswers a = Answers.of(e, AgreeProtocolAnswers.class);
        answers.save(new DataSharingAnswer(protocol.getId(), organisation.getId(), a.agreed(),
                a.agreed() ? null : a.protocolObjection(), Actors.of(e), clock.instant()));
    }
}
