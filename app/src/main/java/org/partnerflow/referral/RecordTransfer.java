package org.partnerflow.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Move the record to the receiving council", a step of the changes of hands (see {@link ChangesOfHands}). */
@Component("recordTransfer")
class RecordTransfer implements JavaDelegate {

    private final ChangesOfHands changes;

    RecordTransfer(ChangesOfHands changes) {
        this.changes = changes;
    }

    @Override
    public void execute(DelegateExecution e) {
        changes.transferred(e);
    }
}
