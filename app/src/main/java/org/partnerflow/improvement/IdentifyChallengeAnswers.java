package org.partnerflow.improvement;

import org.partnerflow.workflow.form.AnswersOf;

/** The challenge in the data, and the evidence for it. */
@AnswersOf("identify-challenge")
record IdentifyChallengeAnswers(String challengeData, String evidenceSummary) {
}
