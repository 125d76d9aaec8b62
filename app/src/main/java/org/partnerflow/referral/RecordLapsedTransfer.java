package org.partnerflow.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record the lapsed transfer", a step of the changes of hands (see {@link ChangesOfHands}). */
@Component("recordLapsedTransfer")
class RecordLapsedTransfer implements JavaDelegate {

    private final ChangesOfHands changes;

    RecordLapsedTransfer(ChangesOfHands changes) {
        this.changes = changes;
    }

    @Override
    public void execute(DelegateExecution e) {
        changes.transferLapsed(e);
    }
}
