package org.partnerflow.referral;

import java.time.LocalDate;
import java.util.Map;
import org.partnerflow.workflow.form.AnswersOf;

/** The review of a Child's Plan: progress, updated ratings and the decision (review-childs-plan.form). */
@AnswersOf("review-childs-plan")
record ReviewChildsPlanAnswers(String reviewProgress, Integer reviewRatingSafe, Integer reviewRatingHealthy,
                               Integer reviewRatingAchieving, Integer reviewRatingNurtured, Integer reviewRatingActive,
                               Integer reviewRatingRespected, Integer reviewRatingResponsible, Integer reviewRatingIncluded,
                               String reviewViews, PlanReview.Decision reviewDecision, LocalDate nextReviewDate) {

    Map<WellbeingIndicator, Integer> ratings() {
        return WellbeingIndicator.given(reviewRatingSafe, reviewRatingHealthy, reviewRatingAchieving, reviewRatingNurtured,
                reviewRatingActive, reviewRatingRespected, reviewRatingResponsible, reviewRatingIncluded);
    }
}
