package org.partnerflow.improvement;

import java.time.LocalDate;
import org.partnerflow.workflow.form.AnswersOf;

/** The measures' values on one date (one "measure; value; note" line each), and whether the trial ends now. */
@AnswersOf("record-measure-values")
record RecordMeasureValuesAnswers(LocalDate measuredOn, String measureValues, boolean endTrialNow) {
}
