package org.partnerflow.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.referral.ChildProtectionScreeningAnswers.ScreeningOutcome;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/** "Record the screening": the outcome and rationale; procedures end the wellbeing referral. */
@Component("recordChildProtectionScreening")
class RecordChildProtectionScreening implements JavaDelegate {

    private final ReferralCases cases;
    private final Chronology chronology;

    RecordChildProtectionScreening(ReferralCases cases, Chronology chronology) {
        this.cases = cases;
        this.chronology = chronology;
    }

    @Override
    public void execute(DelegateExecution e) {
        ChildProtectionScreeningAnswers answers = Answers.of(e, ChildProtectionScreeningAnswers.class);
        WellbeingConcern concern = cases.concernOf(e);
        boolean procedures = answers.childProtectionOutcome() == ScreeningOutcome.PROCEDURES;
        concern.moveTo(procedures ? CaseStage.CHILD_PROTECTION_PROCEDURES : CaseStage.ASSESSMENT);
        chronology.record(concern, Kind.CHILD_PROTECTION_SCREENED, (procedures
                ? "Child protection screening: child protection procedures started. "
                : "Child protection screening: no child-protection action; back to the wellbeing pathway. ")
                + "Rationale: " + answers.childProtectionRationale(), Actors.of(e));
        if (procedures) {
            ChronologyReviews.end(e); // the wellbeing referral ends here; child protection keeps its own record
        }
    }
}
