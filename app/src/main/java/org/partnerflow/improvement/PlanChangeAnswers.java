package org.partnerflow.improvement;

import java.time.LocalDate;
import org.partnerflow.workflow.form.AnswersOf;

/** A cycle's plan: the change, who it is for, the learning it needs, when it is tried and how often measured. */
@AnswersOf("plan-change")
record PlanChangeAnswers(String changeIdea, String changeWho, String professionalLearning, LocalDate tryFrom, LocalDate tryUntil,
                         String monitorEvery) {
}
