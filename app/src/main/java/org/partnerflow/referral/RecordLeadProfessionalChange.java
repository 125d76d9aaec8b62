package org.partnerflow.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Hand the case to the new Lead Professional", a step of the changes of hands (see {@link ChangesOfHands}). */
@Component("recordLeadProfessionalChange")
class RecordLeadProfessionalChange implements JavaDelegate {

    private final ChangesOfHands changes;

    RecordLeadProfessionalChange(ChangesOfHands changes) {
        this.changes = changes;
    }

    @Override
    public void execute(DelegateExecution e) {
        changes.leadProfessionalChanged(e);
    }
}
