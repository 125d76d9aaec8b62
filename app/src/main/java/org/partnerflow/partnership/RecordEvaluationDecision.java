package org.partnerflow.partnership;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.indicators.CriticalIndicator;
import org.partnerflow.indicators.RegionalIndicators;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.form.Answers;
import org.partnerflow.workflow.form.FieldErrors;
import org.partnerflow.workflow.form.FormValidationException;
import org.springframework.stereotype.Component;

/** The impact evidence, the indicators' values and the lead's decision; adapting adds the plan's new actions. */
@Component("recordEvaluationDecision")
class RecordEvaluationDecision implements JavaDelegate {

    private static final String FORM = "consolidate-evaluation";

    /** The gateway reads the outcome (continue, adapt or close). */
    record Outcome(PartnershipEvaluation.Decision evaluationOutcome) {
    }

    private final RunningPartnerships running;
    private final PartnershipActions actions;
    private final IndicatorValues indicatorValues;
    private final RegionalIndicators indicators;
    private final Clock clock;
    private final PartnershipInvitations invitations;

    RecordEvaluationDecision(RunningPartnerships running, PartnershipActions actions, IndicatorValues indicatorValues,
                             RegionalIndicators indicators, Clock clock, PartnershipInvitations invitations) {
        this.invitations = invitations;
        this.running = running;
        this.actions = actions;
        this.indicatorValues = indicatorValues;
        this.indicators = indicators;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution e) {
        Partnership partnership = running.of(e);
        PartnershipEvaluation evaluation = running.latestEvaluation(partnership);
        ConsolidateEvaluationAnswers a = Answers.of(e, ConsolidateEvaluationAnswers.class);
        if (a.evaluationDecision() == PartnershipEvaluation.Decision.ADAPT) {
            ActionLines.parse(a.planChanges(), FORM, "planChanges").forEach(l ->
                    actions.save(new PartnershipAction(partnership.getId(), null, l.what(), l.owner(), l.due(), l.indicator())));
        }
        indicatorValues(a.indicatorValues()).forEach((indicator, value) ->
                indicatorValues.save(new IndicatorValue(evaluation.getId(), indicator, value)));
        evaluation.decide(a.evaluationDecision(), a.impactEvidence(), Actors.of(e), clock.instant());
        Answers.write(e, new Outcome(a.evaluationDecision()));
        if (a.evaluationDecision() == PartnershipEvaluation.Decision.CLOSE) {
            invitations.closed(partnership);
        } else {
            invitations.nextEvaluation(partnership, e); // the next cycle's timer: the same event moves on
        }
        // The next cycle's form starts blank.
        e.removeVariables(List.of("impactEvidence", "evaluationDecision", "planChanges", "indicatorValues"));
    }

    /** Reads "indicator; value" lines; a line that cannot be read is refused at the field, naming the line. */
    Map<String, BigDecimal> indicatorValues(String text) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return values;
        }
        String[] rows = text.strip().split("\\R");
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].isBlank()) {
                continue;
            }
            String[] parts = rows[i].split(";", 2);
            String line = "line " + (i + 1) + ": ";
            CriticalIndicator indicator = indicators.find(parts[0]).orElseThrow(() -> refused(line + "'" + parts[0].strip()
                    + "' is not a critical indicator (for example primary-numeracy)"));
            BigDecimal value;
            try {
                value = new BigDecimal(parts.length > 1 ? parts[1].strip().replace("%", "") : "");
            } catch (NumberFormatException ex) {
                throw refused(line + "write the value as a number");
            }
            if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(1_000_000)) >= 0 || value.scale() > 2) {
                throw refused(line + "the value must be between 0 and 999,999 with at most two decimals");
            }
            if (values.put(indicator.getCode(), value) != null) {
                throw refused(line + indicator.getName() + " is given twice");
            }
        }
        return values;
    }

    private static FormValidationException refused(String message) {
        return new FormValidationException(FORM, FieldErrors.of("indicatorValues", message));
    }
}
