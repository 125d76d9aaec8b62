package org.partnerflow.partnership;

import org.partnerflow.workflow.form.AnswersOf;

/** The lead's consolidation of a cycle: indicator values (lines), impact, decision, plan changes or closing report. */
@AnswersOf("consolidate-evaluation")
record ConsolidateEvaluationAnswers(String indicatorValues, String impactEvidence, PartnershipEvaluation.Decision evaluationDecision,
                                    String planChanges, String closingReport) {
}
