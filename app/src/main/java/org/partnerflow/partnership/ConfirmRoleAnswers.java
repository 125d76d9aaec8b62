package org.partnerflow.partnership;

import org.partnerflow.workflow.form.AnswersOf;

/** An invited organisation confirms its role in the partnership, or declines with a reason. */
@AnswersOf("confirm-role")
record ConfirmRoleAnswers(Decision roleDecision, String roleName, String responsibilities, String roleDeclineReason) {

    enum Decision { CONFIRM, DECLINE }
}
