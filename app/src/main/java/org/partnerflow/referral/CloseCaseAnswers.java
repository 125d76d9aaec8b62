package org.partnerflow.referral;

import org.partnerflow.workflow.form.AnswersOf;

/** The closing summary (close-case.form). */
@AnswersOf("close-case")
record CloseCaseAnswers(String closingSummary) {
}
