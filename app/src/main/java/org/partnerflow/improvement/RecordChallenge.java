package org.partnerflow.improvement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/** The challenge the project takes on, with its evidence. */
@Component("recordChallenge")
class RecordChallenge implements JavaDelegate {

    private final RunningProjects running;

    RecordChallenge(RunningProjects running) {
        this.running = running;
    }

    @Override
    public void execute(DelegateExecution e) {
        IdentifyChallengeAnswers a = Answers.of(e, IdentifyChallengeAnswers.class);
        running.of(e).challenge(a.challengeData(), a.evidenceSummary());
    }
}
