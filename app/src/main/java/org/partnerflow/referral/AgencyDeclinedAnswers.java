package org.partnerflow.referral;

import org.partnerflow.workflow.form.AnswersOf;

/**
 * How the Lead Professional covers a declined agency's part (agency-declined.form), shown which agency
 * declined and its reason (read only, set for this invitation by {@link RecordAgencyResponse}).
 */
@AnswersOf("agency-declined")
record AgencyDeclinedAnswers(String declinedAgency, String declinedBecause, String declineResponse) {

    /** What the Lead Professional is shown of one declined invitation, before they answer. */
    static AgencyDeclinedAnswers toCover(String agency, String reason) {
        return new AgencyDeclinedAnswers(agency, reason, null);
    }
}
