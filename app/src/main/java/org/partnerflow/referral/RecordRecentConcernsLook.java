package org.partnerflow.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/**
 * "Record the look at the recent concerns": the Named Person's view of the child's concerns taken
 * together, kept with the pattern (not in the chronology, which the raiser reads).
 */
@Component("recordRecentConcernsLook")
class RecordRecentConcernsLook implements JavaDelegate {

    private final ReferralCases cases;
    private final AccumulatingConcerns accumulating;

    RecordRecentConcernsLook(ReferralCases cases, AccumulatingConcerns accumulating) {
        this.cases = cases;
        this.accumulating = accumulating;
    }

    @Override
    public void execute(DelegateExecution e) {
        accumulating.lookedAt(cases.concernOf(e), Answers.of(e, LookAtRecentConcernsAnswers.class), Actors.of(e));
    }
}
