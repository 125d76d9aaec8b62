package org.partnerflow.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record the decline (of a change of Named Person)", a step of the changes of hands (see {@link ChangesOfHands}). */
@Component("recordDeclinedNamedPersonChange")
class RecordDeclinedNamedPersonChange implements JavaDelegate {

    private final ChangesOfHands changes;

    RecordDeclinedNamedPersonChange(ChangesOfHands changes) {
        this.changes = changes;
    }

    @Override
    public void execute(DelegateExecution e) {
        changes.namedPersonChangeDeclined(e);
    }
}
