package org.partnerflow.referral;

import org.partnerflow.workflow.form.AnswersOf;

/**
 * An invited agency's answer (agency-response.form): accepted, naming who joins (one of the agency's
 * people, chosen from {@code agencyPeopleOptions}, or a named contact outside Partnerflow and how to
 * reach them), or declined with a reason.
 */
@AnswersOf("agency-response")
record AgencyResponseAnswers(AgencyDecision agencyDecision, Joining joining, String practitionerJoining, String outsideContactName,
                             String outsideContactDetails, String agencyDeclineReason) {

    enum AgencyDecision { ACCEPT, DECLINE }

    /** Who joins for the agency. */
    enum Joining { AGENCY_PRACTITIONER, OUTSIDE_CONTACT }

    boolean accepted() {
        return agencyDecision == AgencyDecision.ACCEPT;
    }
}
