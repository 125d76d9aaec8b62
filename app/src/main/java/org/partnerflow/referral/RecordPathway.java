package org.partnerflow.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
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
        ConfirmPathwayAnswers answers = Answers.of(e, ConfirmPathwayAnswers.class);
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
        chronology.record(concern, Kind.PATHWAY_DECIDED, "Pathway: " + Words.of(chosen) + (answers.overridden()
                ? " (the rules recommended " + Words.of(answers.recommendedPathway()) + "; reason: " + answers.overrideReason() + ")"
                : " (as the rules recommended)"), Actors.of(e));
    }

    /** The pathway the gateways route on: the constant's name (MULTI_AGENCY), as the rules give it, not an option value. */
    record Decided(String pathway) {
    }
}
