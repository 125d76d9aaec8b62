package org.partnerflow.referral;

import java.time.LocalDate;
import org.partnerflow.workflow.form.AnswersOf;

/** The coordinator's check of the chronology (review-chronology.form). */
@AnswersOf("review-chronology")
record ReviewChronologyAnswers(YesNo chronologyChecked, String chronologyReviewNotes, LocalDate nextChronologyReviewDate) {
}
