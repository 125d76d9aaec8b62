package org.partnerflow.partnership;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/** The protocol is agreed only if every confirmed partner agreed its latest revision (the gateway reads it). */
@Component("checkProtocolAnswers")
class CheckProtocolAnswers implements JavaDelegate {

    record Checked(boolean protocolAgreed) {
    }

    private final RunningPartnerships running;
    private final DataSharingAnswers answers;

    CheckProtocolAnswers(RunningPartnerships running, DataSharingAnswers answers) {
        this.running = running;
        this.answers = answers;
    }

    @Override
    public void execute(DelegateExecution e) {
        Partnership partnership = running.of(e);
        DataSharingProtocol protocol = running.latestProtocol(partnership);
        List<DataSharingAnswer> given = answers.findByProtocolIdOrderByAnsweredAtAsc(protocol.getId());
        Set<Long> agreedBy = new LinkedHashSet<>();
        given.stream().filter(DataSharingAnswer::isAgreed).forEach(a -> agreedBy.add(a.getOrganisationId()));
        boolean everyone = given.stream().allMatch(DataSharingAnswer::isAgreed)
                && running.confirmed(partnership).stream().allMatch(m -> agreedBy.contains(m.getOrganisationId()));
        if (everyone) {
            partnership.protocolAgreed(true);
        }
        Answers.write(e, new Checked(everyone));
    }
}
