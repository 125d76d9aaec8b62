package org.partnerflow.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.form.Answers;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * What the referral's steps (the delegates of girfec-referral.bpmn) share: the concern a process is
 * about, the ratings of an occasion, and the review timer.
 */
@Service
@EnableConfigurationProperties(ReferralTimescales.class)
class ReferralCases {

    private final WellbeingConcerns concerns;
    private final WellbeingRatings ratings;
    private final ReferralTimescales timescales;
    private final Clock clock;
    private final ReviewInvitations invitations;

    ReferralCases(WellbeingConcerns concerns, WellbeingRatings ratings, ReferralTimescales timescales, Clock clock,
                  ReviewInvitations invitations) {
        this.invitations = invitations;
        this.concerns = concerns;
        this.ratings = ratings;
        this.timescales = timescales;
        this.clock = clock;
    }

    /** The wellbeing concern this referral process is about. */
    WellbeingConcern concernOf(DelegateExecution e) {
        return concerns.findByProcessInstanceId(e.getProcessInstanceId())
                .orElseThrow(() -> new IllegalStateException("No wellbeing concern for process " + e.getProcessInstanceId()));
    }

    /** Saves an occasion's ratings, all at one instant (the chart groups them by it); the ratings in words. */
    String saveRatings(WellbeingConcern concern, Map<WellbeingIndicator, Integer> given, WellbeingRating.Occasion occasion,
                       String user, Instant at) {
        List<String> parts = new ArrayList<>();
        given.forEach((indicator, rating) -> {
            ratings.save(new WellbeingRating(concern.getId(), at, user, occasion, indicator, rating));
            parts.add(Words.of(indicator) + " " + rating);
        });
        return String.join(", ", parts);
    }

    /** Sets the review timer for 9am on the review date, and when the review is overdue; its calendar event is issued or moved. */
    void scheduleReview(DelegateExecution e, LocalDate date) {
        ZonedDateTime reviewAt = date.atTime(9, 0).atZone(clock.getZone());
        Answers.write(e, new ReviewTimer(reviewAt.toInstant(), timescales.reviewDueBy(reviewAt)));
        invitations.planReviewOn(concernOf(e), date);
    }

    /** The variables the review's timer and due date read (Answers writes instants as the Dates timers take). */
    record ReviewTimer(Instant reviewAt, Instant reviewDueBy) {
    }
}
