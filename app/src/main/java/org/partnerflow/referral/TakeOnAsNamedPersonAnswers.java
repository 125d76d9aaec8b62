package org.partnerflow.referral;

import org.partnerflow.workflow.form.AnswersOf;

/** The answer of whoever is asked to become the child's Named Person (take-on-as-named-person.form). */
@AnswersOf("take-on-as-named-person")
record TakeOnAsNamedPersonAnswers(ChangesOfHands.Answer namedPersonAnswer, String namedPersonDeclineReason) {
}
