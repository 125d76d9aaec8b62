package org.partnerflow.referral;

import org.partnerflow.workflow.form.AnswersOf;

/**
 * The Named Person's decision on a possible match (check-possible-match.form).
 *
 * @param matchedChild the chosen candidate's child record id, as the option value (text)
 */
@AnswersOf("check-possible-match")
record CheckPossibleMatchAnswers(MatchDecision matchDecision, String matchedChild, String matchReason) {

    enum MatchDecision { SAME, DIFFERENT }
}
