package org.partnerflow.partnership;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.workflow.form.Answers;
import org.partnerflow.workflow.form.FieldErrors;
import org.partnerflow.workflow.form.FormValidationException;
import org.partnerflow.words.Words;
import org.springframework.stereotype.Component;

/** Frequency, structure, purpose and evaluation cycle of the meetings; sets the cycles' timers. */
@Component("recordMeetingProtocol")
class RecordMeetingProtocol implements JavaDelegate {

    /** ISO-8601 durations for the meeting and evaluation timers. */
    record Timers(String meetingInterval, String evaluationInterval) {
    }

    private final RunningPartnerships running;

    RecordMeetingProtocol(RunningPartnerships running) {
        this.running = running;
    }

    @Override
    public void execute(DelegateExecution e) {
        Partnership partnership = running.of(e);
        MeetingProtocolAnswers a = Answers.of(e, MeetingProtocolAnswers.class);
        int perYear = a.meetingsPerYear();
        int limit = partnership.getType().maxFormalMeetingsPerYear();
        if (limit > 0 && perYear > limit) {
            throw new FormValidationException("meeting-protocol", FieldErrors.of("meetingsPerYear", "a "
                    + Words.of(partnership.getType()).toLowerCase(java.util.Locale.UK) + " meets formally up to " + limit + " times a year"));
        }
        partnership.agreeMeetings(perYear, a.meetingStructure(), a.meetingPurpose(), a.evaluationCycle());
        Answers.write(e, new Timers("P" + Math.max(1, 365 / perYear) + "D", a.evaluationCycle().period()));
    }
}
