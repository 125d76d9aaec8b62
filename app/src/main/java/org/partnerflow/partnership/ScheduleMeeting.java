package org.partnerflow.partnership;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/**
 * "Prepare the agenda" completed: the meeting is on the date the lead chose, so its calendar event
 * moves there (same UID) and the partners are sent the update. Until then the event stands on the
 * day the meeting fell due.
 */
@Component("scheduleMeeting")
class ScheduleMeeting implements TaskListener {

    private final RunningPartnerships running;
    private final PartnershipInvitations invitations;

    ScheduleMeeting(RunningPartnerships running, PartnershipInvitations invitations) {
        this.running = running;
        this.invitations = invitations;
    }

    @Override
    public void notify(DelegateTask task) {
        MeetingAgendaAnswers agenda = Answers.of(task.getExecution(), MeetingAgendaAnswers.class);
        if (agenda.meetingDate() != null) {
            invitations.meetingOn(running.of(task.getExecution()), agenda.meetingDate());
        }
    }
}
