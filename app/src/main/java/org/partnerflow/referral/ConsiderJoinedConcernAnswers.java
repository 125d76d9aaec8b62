package org.partnerflow.referral;

import org.partnerflow.workflow.form.AnswersOf;

/** The coordinator's answer to a new concern that joined the case (consider-joined-concern.form). */
@AnswersOf("consider-joined-concern")
record ConsiderJoinedConcernAnswers(JoinedConcernDecision joinedConcernDecision, String joinedConcernNotes) {
}
