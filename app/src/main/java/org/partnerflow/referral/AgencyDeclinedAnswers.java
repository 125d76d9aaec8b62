package org.partnerflow.referral;

import org.partnerflow.workflow.form.AnswersOf;

/** How the Lead Professional covers a declined agency's part (agency-declined.form). */
@AnswersOf("agency-declined")
record AgencyDeclinedAnswers(String declineResponse) {
}
