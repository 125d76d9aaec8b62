package org.partnerflow.improvement;

import org.partnerflow.workflow.form.AnswersOf;

/** The learning published to the library. */
@AnswersOf("share-learning")
record ShareLearningAnswers(String learningTitle, String learningSummary, String whatWorked, String whatDidNot,
                            boolean forSharingEvent) {
}
