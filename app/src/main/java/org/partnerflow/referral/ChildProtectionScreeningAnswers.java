package org.partnerflow.referral;

import org.partnerflow.workflow.form.AnswersOf;

/** The child-protection screening's outcome and rationale (child-protection-screening.form). */
@AnswersOf("child-protection-screening")
record ChildProtectionScreeningAnswers(ScreeningOutcome childProtectionOutcome, String childProtectionRationale) {

    /** Procedures end the wellbeing referral; continue takes it back to the wellbeing pathway. */
    enum ScreeningOutcome { PROCEDURES, CONTINUE }
}
