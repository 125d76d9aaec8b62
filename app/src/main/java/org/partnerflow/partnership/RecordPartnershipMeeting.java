package org.partnerflow.partnership;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/** The meeting as recorded, its new actions, and the open actions offered for follow-up. */
@Component("recordPartnershipMeeting")
class RecordPartnershipMeeting implements JavaDelegate {

    /** The follow-up form's checklist options (its valuesKey): label and action id per open action. */
    record OpenActions(List<Map<String, String>> openActionOptions) {
    }

    private final RunningPartnerships running;
    private final PartnershipMeetings meetings;
    private final PartnershipActions actions;
    private final Clock clock;

    RecordPartnershipMeeting(RunningPartnerships running, PartnershipMeetings meetings, PartnershipActions actions, Clock clock) {
        this.running = running;
        this.meetings = meetings;
        this.actions = actions;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution e) {
        Partnership partnership = running.of(e);
        MeetingAgendaAnswers agenda = Answers.of(e, MeetingAgendaAnswers.class);
        RecordMeetingAnswers a = Answers.of(e, RecordMeetingAnswers.class);
        List<ActionLines.Line> newActions = ActionLines.parse(a.newActions(), "record-meeting", "newActions");
        PartnershipMeeting meeting = meetings.save(new PartnershipMeeting(partnership.getId(),
                (int) meetings.countByPartnershipId(partnership.getId()) + 1, agenda.meetingDate(), agenda.agenda(),
                a.attendance(), a.minutes(), a.decisions(), a.practiceShared(), Actors.of(e), clock.instant()));
        newActions.forEach(l -> actions.save(new PartnershipAction(partnership.getId(), meeting.getId(), l.what(), l.owner(), l.due(),
                l.indicator())));
        // The next meeting starts from a blank form.
        e.removeVariables(List.of("meetingDate", "agenda", "attendance", "minutes", "decisions", "practiceShared", "newActions"));
        Answers.write(e, new OpenActions(new ArrayList<>(actions.findByPartnershipIdOrderByDueOnAscIdAsc(partnership.getId()).stream()
                .filter(x -> x.getStatus() == PartnershipAction.Status.OPEN)
                .map(x -> Map.of("label", Words.text("partnership.openAction", x.getWhat(), x.getOwner(), Words.date(x.getDueOn())),
                        "value", String.valueOf(x.getId())))
                .toList())));
    }
}
