package org.partnerflow.referral;

import org.partnerflow.workflow.form.AnswersOf;

/** The Named Person's look at a child's recent concerns together (look-at-recent-concerns.form). */
@AnswersOf("look-at-recent-concerns")
record LookAtRecentConcernsAnswers(ConcernPattern.Decision recentConcernsDecision, String recentConcernsNote) {
}
