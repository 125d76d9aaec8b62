package org.partnerflow.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record the decline (of a transfer)", a step of the changes of hands (see {@link ChangesOfHands}). */
@Component("recordDeclinedTransfer")
class RecordDeclinedTransfer implements JavaDelegate {

    private final ChangesOfHands changes;

    RecordDeclinedTransfer(ChangesOfHands changes) {
        this.changes = changes;
    }

    @Override
    public void execute(DelegateExecution e) {
        changes.transferDeclined(e);
    }
}
