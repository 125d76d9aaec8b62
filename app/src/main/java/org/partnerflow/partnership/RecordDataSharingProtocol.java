package org.partnerflow.partnership;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/** A new revision of the protocol; with no personal data it is settled at once, else every partner is asked. */
@Component("recordDataSharingProtocol")
class RecordDataSharingProtocol implements JavaDelegate {

    record Shares(boolean sharesPersonalData) {
    }

    /** One "agree the protocol" task per confirmed partner. */
    record AskedToAgree(List<String> protocolGroups) {
    }

    private final RunningPartnerships running;
    private final DataSharingProtocols protocols;
    private final Clock clock;

    RecordDataSharingProtocol(RunningPartnerships running, DataSharingProtocols protocols, Clock clock) {
        this.running = running;
        this.protocols = protocols;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution e) {
        Partnership partnership = running.of(e);
        DataSharingProtocolAnswers a = Answers.of(e, DataSharingProtocolAnswers.class);
        boolean personal = a.personal();
        int revision = protocols.findByPartnershipIdOrderByRevisionDesc(partnership.getId()).stream().findFirst()
                .map(p -> p.getRevision() + 1).orElse(1);
        protocols.save(new DataSharingProtocol(partnership.getId(), revision, personal,
                personal ? a.whatIsShared() : null, personal ? a.sharingPurpose() : null,
                personal ? a.lawfulBasis() : null, personal ? a.retention() : null, Actors.of(e), clock.instant()));
        Answers.write(e, new Shares(personal));
        if (personal) {
            partnership.protocolRevised();
            Answers.write(e, new AskedToAgree(new ArrayList<>(running.confirmedGroups(partnership))));
        } else {
            partnership.protocolAgreed(false);
        }
    }
}
