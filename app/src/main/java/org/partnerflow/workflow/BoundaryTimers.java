package org.partnerflow.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * Reminders and escalations are service tasks that follow a timer on a user task. They read from the
 * model which timer fired and which task it hangs on, so one delegate serves every such timer.
 */
public final class BoundaryTimers {

    private BoundaryTimers() {
    }

    /** The timer whose path this service task is on: its incoming flow comes from that boundary event. */
    public static BoundaryEvent firedBefore(DelegateExecution e) {
        FlowNode step = (FlowNode) e.getBpmnModelElementInstance();
        for (SequenceFlow incoming : step.getIncoming()) {
            if (incoming.getSource() instanceof BoundaryEvent timer) {
                return timer;
            }
        }
        throw new IllegalStateException("'" + step.getId() + "' must directly follow a timer attached to a user task");
    }
}
