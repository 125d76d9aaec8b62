package org.partnerflow.partnership;

import org.partnerflow.workflow.form.AnswersOf;

/** How often and how the partnership meets, and how often it evaluates itself. */
@AnswersOf("meeting-protocol")
record MeetingProtocolAnswers(Integer meetingsPerYear, String meetingStructure, String meetingPurpose,
                              Partnership.EvaluationCycle evaluationCycle) {
}
