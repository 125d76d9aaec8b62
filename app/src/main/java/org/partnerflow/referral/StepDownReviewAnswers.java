package org.partnerflow.referral;

import java.time.LocalDate;
import org.partnerflow.workflow.form.AnswersOf;

/** The Named Person's light review of a stepped-down case (step-down-review.form). */
@AnswersOf("step-down-review")
record StepDownReviewAnswers(String stepDownProgress, String stepDownViews, Decision stepDownDecision, LocalDate nextLightReviewDate,
                             StepUpTo stepUpTo) {

    enum Decision { CONTINUE, STEP_UP, CLOSE }

    /** Where a child who needs more than universal support again goes: a plan the Named Person leads, or a team. */
    enum StepUpTo {
        TARGETED_SINGLE_AGENCY, MULTI_AGENCY;

        Pathway pathway() {
            return Pathway.valueOf(name());
        }
    }
}
