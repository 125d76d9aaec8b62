package org.partnerflow.improvement;

import org.partnerflow.workflow.form.AnswersOf;

/** A cycle's evaluation: the impact on learners, staff's reflections, and the decision with its reason. */
@AnswersOf("evaluate-impact")
record EvaluateImpactAnswers(String impactOnLearners, String staffReflections, ActionResearchCycle.Decision cycleDecision,
                             String decisionReason) {
}
