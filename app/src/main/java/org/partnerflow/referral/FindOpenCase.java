package org.partnerflow.referral;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/**
 * "Look for an open case of the child": after its own screening and assessment, a new concern about a
 * child with an open case joins it; with only closed cases, it is a new episode of the same record.
 */
@Component("findOpenCase")
class FindOpenCase implements JavaDelegate {

    private final ReferralCases cases;
    private final OpenCases openCases;
    private final Chronology chronology;

    FindOpenCase(ReferralCases cases, OpenCases openCases, Chronology chronology) {
        this.cases = cases;
        this.openCases = openCases;
        this.chronology = chronology;
    }

    @Override
    public void execute(DelegateExecution e) {
        WellbeingConcern concern = cases.concernOf(e);
        if (concern.getPathway() != null) {
            // Assessed again after a review escalated it: this case is already on its way, it joins nothing.
            Answers.write(e, new OpenCase(false, null));
            return;
        }
        Optional<WellbeingConcern> open = openCases.openCaseFor(concern);
        if (open.isEmpty() && openCases.startsNewEpisode(concern)) {
            // Names no other case: the raiser reads this chronology.
            chronology.record(concern, Kind.NEW_EPISODE,
                    "New episode of the child's record: the child's earlier cases are closed, so this concern is a case of its own",
                    Actors.of(e));
        }
        Answers.write(e, new OpenCase(open.isPresent(), open.map(WellbeingConcern::getId).orElse(null)));
    }

    /** The gateway "Another open case of the child?" and the case "Join the open case" tells. */
    record OpenCase(boolean openCaseFound, Long openCaseId) {
    }
}
