package org.partnerflow.partnership;

import java.util.List;
import org.partnerflow.workflow.form.AnswersOf;

/** The open actions ticked as done (their ids, as the checklist offers them) and the follow-up note. */
@AnswersOf("follow-up-actions")
record FollowUpActionsAnswers(List<String> actionsDone, String followUpNotes) {
}
