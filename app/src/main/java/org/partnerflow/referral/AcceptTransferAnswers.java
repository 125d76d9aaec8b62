package org.partnerflow.referral;

import org.partnerflow.workflow.form.AnswersOf;

/** The receiving establishment's answer to a transfer between councils (accept-transfer.form). */
@AnswersOf("accept-transfer")
record AcceptTransferAnswers(ChangesOfHands.Answer transferAnswer, String transferAcceptNote, String transferDeclineReason) {
}
