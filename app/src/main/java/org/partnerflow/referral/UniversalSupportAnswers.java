package org.partnerflow.referral;

import org.partnerflow.workflow.form.AnswersOf;

/** The universal support the Named Person arranges (universal-support.form). */
@AnswersOf("universal-support")
record UniversalSupportAnswers(String universalSupport) {
}
