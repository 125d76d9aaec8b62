package org.partnerflow.referral;

import java.util.Map;
import org.partnerflow.workflow.form.AnswersOf;

/** The Named Person's assessment: the GIRFEC questions, the ratings and the My World Triangle (named-person-assessment.form). */
@AnswersOf("named-person-assessment")
record NamedPersonAssessmentAnswers(String whatIsGettingInTheWay, String informationNeeded, String whatICanDoNow,
                                    String whatMyAgencyCanDo, String additionalHelp, boolean needsOtherAgencies,
                                    Integer ratingSafe, Integer ratingHealthy, Integer ratingAchieving, Integer ratingNurtured,
                                    Integer ratingActive, Integer ratingRespected, Integer ratingResponsible, Integer ratingIncluded,
                                    String growingStrengths, String growingChallenges, String carersStrengths,
                                    String carersChallenges, String widerWorldStrengths, String widerWorldChallenges,
                                    String childsViews, String parentsViews) {

    /** The ratings given, by indicator (one left out is missing, not zero). */
    Map<WellbeingIndicator, Integer> ratings() {
        return WellbeingIndicator.given(ratingSafe, ratingHealthy, ratingAchieving, ratingNurtured, ratingActive, ratingRespected,
                ratingResponsible, ratingIncluded);
    }
}
