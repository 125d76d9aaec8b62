package org.partnerflow.referral;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.partnerflow.agency.AgencyRegister;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/**
 * When an agency's "Respond to the team invitation" is created: that agency's practitioners, one of
 * whom may join, as the form's options. Local to the task: each agency's invitation has its own.
 */
@Component("offerAgencyPeople")
class OfferAgencyPeople implements TaskListener {

    private final AgencyRegister agencies;

    OfferAgencyPeople(AgencyRegister agencies) {
        this.agencies = agencies;
    }

    @Override
    public void notify(DelegateTask task) {
        String code = Answers.of(task, RecordAgencyResponse.Invited.class).agency();
        List<Map<String, String>> options = agencies.find(code).map(agencies::practitionerOptions).orElse(List.of());
        Answers.asVariables(new AgencyPeopleOptions(options)).forEach(task::setVariableLocal);
    }

    /** The form's {@code valuesKey} for the practitioner who joins. */
    record AgencyPeopleOptions(List<Map<String, String>> agencyPeopleOptions) {
    }
}
