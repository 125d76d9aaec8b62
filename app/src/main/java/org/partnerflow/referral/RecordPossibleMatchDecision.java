package org.partnerflow.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/** "Record the match decision": the Named Person's answer to check-possible-match.form; nothing is left to check. */
@Component("recordPossibleMatchDecision")
class RecordPossibleMatchDecision implements JavaDelegate {

    private final PossibleMatches possibleMatches;

    RecordPossibleMatchDecision(PossibleMatches possibleMatches) {
        this.possibleMatches = possibleMatches;
    }

    @Override
    public void execute(DelegateExecution e) {
        possibleMatches.decide(e.getProcessInstanceId(), Answers.of(e, CheckPossibleMatchAnswers.class), Actors.of(e));
        Answers.write(e, new PossibleMatches.MatchCheck(false, null));
        // The options named other children's record numbers: they go once decided.
        e.removeVariable("possibleMatchOptions");
    }
}
