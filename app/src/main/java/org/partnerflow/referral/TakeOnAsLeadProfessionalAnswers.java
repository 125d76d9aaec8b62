package org.partnerflow.referral;

import org.partnerflow.workflow.form.AnswersOf;

/** The answer of whoever is asked to become the child's Lead Professional (take-on-as-lead-professional.form). */
@AnswersOf("take-on-as-lead-professional")
record TakeOnAsLeadProfessionalAnswers(ChangesOfHands.Answer leadProfessionalAnswer, String leadProfessionalDeclineReason) {
}
