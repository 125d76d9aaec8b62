package org.partnerflow.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.partnerflow.workflow.form.AnswersOf;

/** The Child's Plan as agreed (childs-plan.form, for the team meeting and the single-agency plan alike). */
@AnswersOf("childs-plan")
record ChildsPlanAnswers(String needsSummary, String outcomeSafe, String outcomeHealthy, String outcomeAchieving,
                         String outcomeNurtured, String outcomeActive, String outcomeRespected, String outcomeResponsible,
                         String outcomeIncluded, String planActions, String planServices, LocalDate reviewDate) {

    /** The outcomes written, by indicator; blank ones are left out. */
    Map<WellbeingIndicator, String> outcomes() {
        return WellbeingIndicator.given(text(outcomeSafe), text(outcomeHealthy), text(outcomeAchieving), text(outcomeNurtured),
                text(outcomeActive), text(outcomeRespected), text(outcomeResponsible), text(outcomeIncluded));
    }

    /** One action a line: "what; who; agency; by when". */
    List<PlanAction> actions() {
        return String.valueOf(planActions).lines().filter(line -> !line.isBlank()).map(PlanAction::parse).toList();
    }

    private static String text(String written) {
        return written == null || written.isBlank() ? null : written.strip();
    }
}
