package org.partnerflow.referral;

import org.partnerflow.workflow.form.AnswersOf;

/** An invited agency's answer (agency-response.form). */
@AnswersOf("agency-response")
record AgencyResponseAnswers(AgencyDecision agencyDecision, String agencyPractitioner, String agencyDeclineReason) {

    enum AgencyDecision { ACCEPT, DECLINE }

    boolean accepted() {
        return agencyDecision == AgencyDecision.ACCEPT;
    }
}
