package org.partnerflow.referral;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/**
 * "Record the joined concern", in the open case's event subprocess "A new concern joined": the open
 * case's chronology says what the new concern is, so its team sees it.
 */
@Component("recordJoinedConcern")
class RecordJoinedConcern implements JavaDelegate {

    private final ReferralCases cases;
    private final WellbeingConcerns concerns;
    private final Chronology chronology;

    RecordJoinedConcern(ReferralCases cases, WellbeingConcerns concerns, Chronology chronology) {
        this.cases = cases;
        this.concerns = concerns;
        this.chronology = chronology;
    }

    @Override
    public void execute(DelegateExecution e) {
        Long joinedId = Answers.of(e, JoinOpenCase.JoinedConcern.class).joinedConcernId();
        WellbeingConcern openCase = cases.concernOf(e);
        WellbeingConcern joined = concerns.findById(joinedId)
                .orElseThrow(() -> new IllegalStateException("No wellbeing concern " + joinedId + " to join case " + openCase.getId()));
        chronology.record(openCase, Kind.NEW_CONCERN_JOINED, "A new concern joined this case after its own assessment: raised on "
                + Words.date(joined.getRaisedAt()) + ", observed on " + Words.date(joined.getObservedOn()) + ", about "
                + joined.getIndicators().stream().sorted().map(Words::of).collect(Collectors.joining(", ")) + ": " + joined.getObservation(),
                Actors.of(e));
        // Local to this run of the subprocess: another concern joining meanwhile sets the message's variable again.
        Answers.asVariables(new ConsideredConcern(joinedId)).forEach(e::setVariableLocal);
    }

    /** The concern this run of "A new concern joined" is about. */
    record ConsideredConcern(Long consideredConcernId) {
    }
}
