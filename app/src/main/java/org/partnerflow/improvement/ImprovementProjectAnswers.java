package org.partnerflow.improvement;

import java.util.List;
import org.partnerflow.workflow.form.AnswersOf;

/** The project as formed: its enquiry question, the inequity it addresses, its team, and optionally its partnership (id). */
@AnswersOf("form-improvement-project")
record ImprovementProjectAnswers(String name, String partnershipId, String participants, String enquiryQuestion,
                                 String inequityIssue, String planLinks, List<String> criticalIndicators, String team) {
}
