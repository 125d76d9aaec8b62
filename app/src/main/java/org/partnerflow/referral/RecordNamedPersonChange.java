package org.partnerflow.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Hand the child to the new Named Person", a step of the changes of hands (see {@link ChangesOfHands}). */
@Component("recordNamedPersonChange")
class RecordNamedPersonChange implements JavaDelegate {

    private final ChangesOfHands changes;

    RecordNamedPersonChange(ChangesOfHands changes) {
        this.changes = changes;
    }

    @Override
    public void execute(DelegateExecution e) {
        changes.namedPersonChanged(e);
    }
}
