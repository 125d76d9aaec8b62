package org.partnerflow.partnership;

import org.partnerflow.workflow.form.AnswersOf;

/** The programme and its actions, one "what; owner; due; indicator" line each (see {@link ActionLines}). */
@AnswersOf("joint-plan")
record JointPlanAnswers(String programme, String planActions) {
}
