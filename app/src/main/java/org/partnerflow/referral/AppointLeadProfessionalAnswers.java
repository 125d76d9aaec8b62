package org.partnerflow.referral;

import java.util.List;
import org.partnerflow.workflow.form.AnswersOf;

/**
 * The Lead Professional's invitations to the team around the child (appoint-lead-professional.form):
 * the codes of real agencies of the child's council, chosen from {@code agencyOptions}.
 */
@AnswersOf("appoint-lead-professional")
record AppointLeadProfessionalAnswers(List<String> invitedAgencies, String invitationNote) {
}
