package org.partnerflow.referral;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/** "Close the case record": the closing summary; the case record closes. */
@Component("recordClosure")
class RecordClosure implements JavaDelegate {

    private final ReferralCases cases;
    private final Chronology chronology;
    private final Clock clock;

    RecordClosure(ReferralCases cases, Chronology chronology, Clock clock) {
        this.cases = cases;
        this.chronology = chronology;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution e) {
        String summary = Answers.of(e, CloseCaseAnswers.class).closingSummary();
        WellbeingConcern concern = cases.concernOf(e);
        concern.close(summary, clock.instant());
        chronology.record(concern, Kind.CLOSURE, "Case closed: " + summary, Actors.of(e));
        ChronologyReviews.end(e);
    }
}
