package org.partnerflow.partnership;

import java.time.LocalDate;
import org.partnerflow.workflow.form.AnswersOf;

/** The next meeting's date and agenda, set before it takes place. */
@AnswersOf("meeting-agenda")
record MeetingAgendaAnswers(LocalDate meetingDate, String agenda) {
}
