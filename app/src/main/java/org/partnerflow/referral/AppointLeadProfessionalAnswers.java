package org.partnerflow.referral;

import java.util.List;
import org.partnerflow.workflow.form.AnswersOf;

/** The Lead Professional's invitations to the team around the child (appoint-lead-professional.form). */
@AnswersOf("appoint-lead-professional")
record AppointLeadProfessionalAnswers(List<PartnerAgency> invitedAgencies, String invitationNote) {
}
