package org.partnerflow.referral;

import org.partnerflow.identity.People;
import org.partnerflow.workflow.Reallocation;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A manager's reallocation of a case's task goes on the case's chronology, with who, to whom and why,
 * in the same transaction as the change (the engine's user operation log keeps it too).
 */
@Component
class ReallocatedTasks {

    private final WellbeingConcerns concerns;
    private final Chronology chronology;
    private final People people;

    ReallocatedTasks(WellbeingConcerns concerns, Chronology chronology, People people) {
        this.concerns = concerns;
        this.chronology = chronology;
        this.people = people;
    }

    @EventListener
    void onReallocation(Reallocation change) {
        concerns.findByProcessInstanceId(change.processInstanceId()).ifPresent(concern -> chronology.record(concern,
                ChronologyEntry.Kind.TASK_REALLOCATED, "Task \u2018" + change.taskName() + "\u2019 reallocated "
                        + (change.from() == null ? "" : "from " + people.displayName(change.from()) + " ")
                        + "to " + people.displayName(change.to()) + " by a manager. Why: " + change.reason(), change.by()));
    }
}
