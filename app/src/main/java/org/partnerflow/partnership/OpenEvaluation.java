package org.partnerflow.partnership;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/** A new evaluation cycle, asked of every confirmed partner. */
@Component("openEvaluation")
class OpenEvaluation implements JavaDelegate {

    /** One rating task per confirmed partner. */
    record AskedToRate(List<String> evaluationGroups) {
    }

    private final RunningPartnerships running;
    private final PartnershipEvaluations evaluations;
    private final Clock clock;

    OpenEvaluation(RunningPartnerships running, PartnershipEvaluations evaluations, Clock clock) {
        this.running = running;
        this.evaluations = evaluations;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution e) {
        Partnership partnership = running.of(e);
        int cycle = evaluations.findFirstByPartnershipIdOrderByCycleDesc(partnership.getId()).map(v -> v.getCycle() + 1).orElse(1);
        evaluations.save(new PartnershipEvaluation(partnership.getId(), cycle, clock.instant()));
        Answers.write(e, new AskedToRate(new ArrayList<>(running.confirmedGroups(partnership))));
    }
}
