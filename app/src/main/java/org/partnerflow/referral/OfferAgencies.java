package org.partnerflow.referral;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.partnerflow.agency.AgencyRegister;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/**
 * When "Take on the case as Lead Professional" is created, and again when someone claims it: the
 * agencies it may invite, the open agencies of the child's council, as the form's options. Local to
 * the task, so they go with it.
 */
@Component("offerAgencies")
class OfferAgencies implements TaskListener {

    private final ReferralCases cases;
    private final AgencyRegister agencies;

    OfferAgencies(ReferralCases cases, AgencyRegister agencies) {
        this.cases = cases;
        this.agencies = agencies;
    }

    @Override
    public void notify(DelegateTask task) {
        WellbeingConcern concern = cases.concernOf(task.getExecution());
        Answers.asVariables(new AgencyOptions(agencies.asOptions(concern.getChild().getAuthorityCode()))).forEach(task::setVariableLocal);
    }

    /** The form's {@code valuesKey} for the agencies to invite. */
    record AgencyOptions(List<Map<String, String>> agencyOptions) {
    }
}
