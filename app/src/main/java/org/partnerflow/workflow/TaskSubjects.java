package org.partnerflow.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Every user task carries its subject (the child, partnership or project it is about) in its
 * description, copied from the process variable {@value #SUBJECT} when the task is created. The
 * inbox then shows and searches subjects from the task table alone, with no query per row.
 */
public class TaskSubjects extends AbstractBpmnParseListener {

    /** The process variable each process sets to name what it is about. */
    public static final String SUBJECT = "subject";

    private static final TaskListener COPY_SUBJECT = TaskSubjects::copySubject;

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
            userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, COPY_SUBJECT);
        }
    }

    private static void copySubject(DelegateTask task) {
        Object subject = task.getVariable(SUBJECT);
        // The subject wins over a task's BPMN documentation, which the engine also copies here: the
        // documentation is for people reading the model, the inbox shows and searches the subject.
        if (subject != null) {
            String text = subject.toString();
            task.setDescription(text.length() > 4000 ? text.substring(0, 4000) : text);
        }
    }
}
