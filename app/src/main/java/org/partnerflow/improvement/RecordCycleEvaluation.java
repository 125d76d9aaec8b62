package org.partnerflow.improvement;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/** The impact, the reflections and the decision on the current cycle. */
@Component("recordCycleEvaluation")
class RecordCycleEvaluation implements JavaDelegate {

    private final RunningProjects running;
    private final Clock clock;

    RecordCycleEvaluation(RunningProjects running, Clock clock) {
        this.running = running;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution e) {
        ActionResearchCycle cycle = running.currentCycle(running.of(e));
        EvaluateImpactAnswers a = Answers.of(e, EvaluateImpactAnswers.class);
        cycle.evaluate(a.impactOnLearners(), a.staffReflections(), a.cycleDecision(), a.decisionReason(), clock.instant());
    }
}
