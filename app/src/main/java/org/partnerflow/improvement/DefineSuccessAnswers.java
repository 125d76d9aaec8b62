package org.partnerflow.improvement;

import org.partnerflow.workflow.form.AnswersOf;

/** The measures (one line each, see {@link RecordMeasures}) and the prediction. */
@AnswersOf("define-success")
record DefineSuccessAnswers(String measures, String prediction) {
}
