package org.partnerflow.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.partnerflow.referral.ChronologyEntry.Kind;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerflow.identity.People;
import org.partnerflow.identity.Role;
import org.partnerflow.notification.Notification;
import org.partnerflow.notification.Notifications;
import org.partnerflow.workflow.BoundaryTimers;
import org.partnerflow.workflow.TaskNotices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Alert managers": a timescale was missed; it goes in the chronology, where managers' oversight reads it,
 * the late task's holder (or those it is offered to) are notified, and so are the managers of the
 * child's council (every manager for a child placed in no council), whose notification of the kind
 * {@code OVERDUE_IN_YOUR_COUNCIL} comes in their daily digest unless they choose otherwise.
 */
@Component("alertManagers")
class AlertManagers implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(AlertManagers.class);

    private final ReferralCases cases;
    private final Chronology chronology;
    private final TaskNotices notices;
    private final Notifications notifications;
    private final People people;

    AlertManagers(ReferralCases cases, Chronology chronology, TaskNotices notices, Notifications notifications, People people) {
        this.cases = cases;
        this.chronology = chronology;
        this.notices = notices;
        this.notifications = notifications;
        this.people = people;
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
        notifications.tell(managersOf(concern.getChild().getAuthorityCode()), Notification.Kind.OVERDUE_IN_YOUR_COUNCIL,
                WellbeingConcern.referenceOf(concern.getId()), "cases/" + concern.getId(), null);
    }

    private Set<String> managersOf(String authority) {
        Set<String> managers = people.members(Role.MANAGER.groupId()).stream().map(People.Person::id).collect(Collectors.toCollection(LinkedHashSet::new));
        if (authority != null) {
            managers.retainAll(people.members(authority).stream().map(People.Person::id).toList());
        }
        return managers;
    }
}
