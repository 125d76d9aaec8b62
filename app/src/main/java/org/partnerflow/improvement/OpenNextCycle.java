package org.partnerflow.improvement;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Adapting or abandoning starts the project's next cycle; the evaluation form starts blank. */
@Component("openNextCycle")
class OpenNextCycle implements JavaDelegate {

    private final RunningProjects running;

    OpenNextCycle(RunningProjects running) {
        this.running = running;
    }

    @Override
    public void execute(DelegateExecution e) {
        running.of(e).nextCycle();
        e.removeVariables(List.of("impactOnLearners", "staffReflections", "decisionReason"));
    }
}
