package org.partnerflow.partnership;

import org.partnerflow.workflow.form.AnswersOf;

/** The meeting as it went: who came, the minutes, decisions, practice shared and new actions (lines). */
@AnswersOf("record-meeting")
record RecordMeetingAnswers(String attendance, String minutes, String decisions, String practiceShared, String newActions) {
}
