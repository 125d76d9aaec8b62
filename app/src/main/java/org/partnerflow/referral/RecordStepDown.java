package org.partnerflow.referral;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/**
 * "Step down to universal support": the case stays open under its Named Person, who coordinates it
 * from now on (the light review and, in time, the closing summary are theirs), with a light review
 * set ({@link StepDownReviews}). The Lead Professional's part ends; the record keeps who led.
 */
@Component("recordStepDown")
class RecordStepDown implements JavaDelegate {

    private final ReferralCases cases;
    private final StepDownReviews reviews;
    private final Chronology chronology;

    RecordStepDown(ReferralCases cases, StepDownReviews reviews, Chronology chronology) {
        this.cases = cases;
        this.reviews = reviews;
        this.chronology = chronology;
    }

    @Override
    public void execute(DelegateExecution e) {
        WellbeingConcern concern = cases.concernOf(e);
        concern.moveTo(CaseStage.STEPPED_DOWN);
        Answers.write(e, new ChangesOfHands.Coordinator(concern.getNamedPerson()));
        LocalDate next = reviews.schedule(e, null);
        chronology.record(concern, Kind.STEP_DOWN, "Stepped down to universal support: the case stays open with the Named Person,"
                + " next light review on " + Words.date(next), Actors.of(e));
    }
}
