package org.partnerflow.referral;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/**
 * "Join the open case": tells the child's open case about this concern (its event subprocess "A new
 * concern joined" records it and asks the coordinator to consider it), then this concern's stage is
 * JOINED and its process ends. If the open case closed after the gateway looked, nothing listens for the
 * message: nothing is written and the concern goes on as a case of its own, a new episode.
 */
@Component("joinOpenCase")
class JoinOpenCase implements JavaDelegate {

    /** The message the open case's event subprocess starts on (girfec-referral.bpmn). */
    static final String NEW_CONCERN_JOINED = "NewConcernJoined";

    private final ReferralCases cases;
    private final WellbeingConcerns concerns;
    private final Chronology chronology;

    JoinOpenCase(ReferralCases cases, WellbeingConcerns concerns, Chronology chronology) {
        this.cases = cases;
        this.concerns = concerns;
        this.chronology = chronology;
    }

    @Override
    public void execute(DelegateExecution e) {
        WellbeingConcern concern = cases.concernOf(e);
        WellbeingConcern openCase = concerns.findById(Answers.of(e, FindOpenCase.OpenCase.class).openCaseId())
                .orElseThrow(() -> new IllegalStateException("The open case found for concern " + concern.getId() + " is gone"));
        // correlateAll: no subscription (the case closed meanwhile) is an empty answer, not an exception.
        List<MessageCorrelationResult> told = e.getProcessEngineServices().getRuntimeService()
                .createMessageCorrelation(NEW_CONCERN_JOINED)
                .processInstanceId(openCase.getProcessInstanceId())
                .setVariables(Answers.asVariables(new JoinedConcern(concern.getId())))
                .correlateAllWithResult();
        if (told.isEmpty()) {
            chronology.record(concern, Kind.NEW_EPISODE, "New episode of the child's record: the child's open case closed before "
                    + "this concern could join it, so this concern goes on as a case of its own", Actors.of(e));
            Answers.write(e, new Joined(false));
            return;
        }
        concern.joinCase(openCase);
        // Names nothing of the other case: the raiser reads this chronology.
        chronology.record(concern, Kind.CONCERN_JOINED, "Joined the child's open case: its coordinator considers this concern there",
                Actors.of(e));
        Answers.write(e, new Joined(true));
        ChronologyReviews.end(e); // its chronology is reviewed in the case it joined: this process ends here
    }

    /** What the open case is told: which concern joined it. */
    record JoinedConcern(Long joinedConcernId) {
    }

    /** The gateway "Joined?". */
    record Joined(boolean joinedOpenCase) {
    }
}
