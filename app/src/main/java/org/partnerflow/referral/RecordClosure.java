package org.partnerflow.referral;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/** "Close the case record": the closing summary; the case record closes, and the concerns that joined it with it. */
@Component("recordClosure")
class RecordClosure implements JavaDelegate {

    private final ReferralCases cases;
    private final WellbeingConcerns concerns;
    private final Chronology chronology;
    private final Clock clock;
    private final ReviewInvitations invitations;

    RecordClosure(ReferralCases cases, WellbeingConcerns concerns, Chronology chronology, Clock clock, ReviewInvitations invitations) {
        this.invitations = invitations;
        this.cases = cases;
        this.concerns = concerns;
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
        invitations.noReview(concern); // a closed case has no review to come: calendars that took one remove it
        // A joined concern lives on in this case: it closes with it, and is then kept as long as any closed case.
        for (WellbeingConcern joined : concerns.findByJoinedCaseIdOrderByRaisedAtAscIdAsc(concern.getId())) {
            if (joined.getStage() == CaseStage.JOINED) {
                // The summary stays with the case: the joined concern's raiser reads its own chronology.
                joined.close("Closed with the case this concern joined", clock.instant());
                chronology.record(joined, Kind.CLOSURE, "Closed with the case this concern joined", Actors.of(e));
            }
        }
    }
}
