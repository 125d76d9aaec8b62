package org.partnerflow.partnership;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/** The closing report; the partnership closes. */
@Component("recordPartnershipClosure")
class RecordPartnershipClosure implements JavaDelegate {

    private final RunningPartnerships running;
    private final Clock clock;

    RecordPartnershipClosure(RunningPartnerships running, Clock clock) {
        this.running = running;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution e) {
        running.of(e).close(Answers.of(e, ConsolidateEvaluationAnswers.class).closingReport(), clock.instant());
    }
}
