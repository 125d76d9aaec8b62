package org.partnerflow.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.notification.Notification;
import org.partnerflow.workflow.BoundaryTimers;
import org.partnerflow.workflow.TaskNotices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Alert managers": a timescale was missed; it goes in the chronology, where managers' oversight reads it,
 * and the late task's holder (or those it is offered to) are notified.
 */
@Component("alertManagers")
class AlertManagers implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(AlertManagers.class);

    private final ReferralCases cases;
    private final Chronology chronology;
    private final TaskNotices notices;

    AlertManagers(ReferralCases cases, Chronology chronology, TaskNotices notices) {
        this.cases = cases;
        this.chronology = chronology;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution e) {
        WellbeingConcern concern = cases.concernOf(e);
        BoundaryEvent timer = BoundaryTimers.firedBefore(e);
        LOG.warn("Timescale missed on concern {}: {} on {}", concern.getId(), timer.getId(), timer.getAttachedTo().getId());
        chronology.record(concern, Kind.TIMESCALE_MISSED, timer.getAttachedTo().getName() + ": " + timer.getName()
                + ". Managers alerted.", null);
        // Whoever holds or is offered the late task is told too: it is theirs to do.
        notices.timerFired(e, Notification.Kind.TASK_OVERDUE);
    }
}
