package org.partnerflow.referral;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.form.Answers;
import org.partnerflow.workflow.form.FieldErrors;
import org.partnerflow.workflow.form.FormValidationException;
import org.springframework.stereotype.Component;

/** "Record the pathway": the pathway, the rules' recommendation and any override with its reason. */
@Component("recordPathway")
class RecordPathway implements JavaDelegate {

    private static final String PATHWAY_RULES = "girfec-pathway";

    private final ReferralCases cases;
    private final Chronology chronology;
    private final PathwayOverrides overrides;

    RecordPathway(ReferralCases cases, Chronology chronology, PathwayOverrides overrides) {
        this.cases = cases;
        this.chronology = chronology;
        this.overrides = overrides;
    }

    @Override
    public void execute(DelegateExecution e) {
        ConfirmPathwayAnswers submitted = Answers.of(e, ConfirmPathwayAnswers.class);
        // What the rules said, from the engine's own record of the decision: the form's read-only field
        // comes back with the submission, and a changed one must not hide an override from the count.
        ConfirmPathwayAnswers answers = new ConfirmPathwayAnswers(rulesRecommended(e).orElse(submitted.recommendedPathway()),
                submitted.pathwayChoice(), submitted.overridePathway(), submitted.overrideReason());
        WellbeingConcern concern = cases.concernOf(e);
        Pathway chosen = answers.chosen();
        concern.decidePathway(chosen);
        Answers.write(e, new Decided(chosen.name()));
        if (answers.overridden() && chosen != answers.recommendedPathway()
                && (answers.overrideReason() == null || answers.overrideReason().isBlank())) {
            throw new FormValidationException("confirm-pathway", FieldErrors.of("overrideReason",
                    "say why you chose another pathway than the rules recommended"));
        }
        // The record is what oversight counts; the chronology keeps its sentence for the people reading it.
        overrides.record(concern, answers.recommendedPathway(), chosen, answers.overrideReason(), Actors.of(e));
        chronology.record(concern, Kind.PATHWAY_DECIDED, "Pathway: " + Words.of(chosen) + (chosen != answers.recommendedPathway()
                ? " (the rules recommended " + Words.of(answers.recommendedPathway()) + "; reason: " + answers.overrideReason() + ")"
                : " (as the rules recommended)"), Actors.of(e));
    }

    /** The latest evaluation of the pathway rules in this process, if history keeps it. */
    private static Optional<Pathway> rulesRecommended(DelegateExecution e) {
        List<HistoricDecisionInstance> decided = e.getProcessEngineServices().getHistoryService().createHistoricDecisionInstanceQuery()
                .processInstanceId(e.getProcessInstanceId()).decisionDefinitionKey(PATHWAY_RULES).includeOutputs()
                .orderByEvaluationTime().desc().listPage(0, 1);
        return decided.stream().flatMap(d -> d.getOutputs().stream()).filter(o -> "pathway".equals(o.getVariableName()))
                .map(o -> o.getValue()).filter(String.class::isInstance).map(v -> Pathway.valueOf((String) v)).findFirst();
    }

    /** The pathway the gateways route on: the constant's name (MULTI_AGENCY), as the rules give it, not an option value. */
    record Decided(String pathway) {
    }
}
