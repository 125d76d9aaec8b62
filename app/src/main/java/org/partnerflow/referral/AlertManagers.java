package org.partnerflow.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.workflow.BoundaryTimers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** "Alert managers": a timescale was missed; it goes in the chronology, where managers' oversight reads it. */
@Component("alertManagers")
class AlertManagers implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(AlertManagers.class);

    private final ReferralCases cases;
    private final Chronology chronology;

    AlertManagers(ReferralCases cases, Chronology chronology) {
        this.cases = cases;
        this.chronology = chronology;
    }

    @Override
    public void execute(DelegateExecution e) {
        WellbeingConcern concern = cases.concernOf(e);
        BoundaryEvent timer = BoundaryTimers.firedBefore(e);
        LOG.warn("Timescale missed on concern {}: {} on {}", concern.getId(), timer.getId(), timer.getAttachedTo().getId());
        chronology.record(concern, Kind.TIMESCALE_MISSED, timer.getAttachedTo().getName() + ": " + timer.getName()
                + ". Managers alerted.", null);
    }
}
