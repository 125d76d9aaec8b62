package org.partnerflow.referral;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.partnerflow.workflow.form.Answers;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * The lighter review of a case stepped down to universal support: the Named Person looks again this
 * long after the step-down (or after the last light review) unless they choose a date
 * ({@code partnerflow.referral.step-down-review-interval}, an ISO 8601 period, P6M by default: about
 * two school terms, long enough for universal support to show, short enough to catch a child whose
 * needs return).
 */
@Service
@EnableConfigurationProperties(StepDownReviews.Interval.class)
class StepDownReviews {

    private final Interval interval;
    private final Chronology chronology;
    private final ReferralTimescales timescales;
    private final ReferralCases cases;
    private final ReviewInvitations invitations;

    StepDownReviews(Interval interval, Chronology chronology, ReferralTimescales timescales, ReferralCases cases,
                    ReviewInvitations invitations) {
        this.cases = cases;
        this.invitations = invitations;
        this.interval = interval;
        this.chronology = chronology;
        this.timescales = timescales;
    }

    /**
     * Sets the light review's timer for 9am on the date given, else one interval from today, and its
     * due date as for the plan's review ({@code review-overdue} later: then managers are alerted), and
     * its calendar event (the plan's review, if one was issued, is cancelled); the date set.
     */
    LocalDate schedule(DelegateExecution e, LocalDate chosen) {
        LocalDate on = chosen != null ? chosen : chronology.today().plus(interval.stepDownReviewInterval());
        ZonedDateTime at = on.atTime(9, 0).atZone(org.partnerflow.words.Words.ZONE);
        Answers.write(e, new StepDownReviewTimer(at.toInstant(), timescales.reviewDueBy(at)));
        invitations.lightReviewOn(cases.concernOf(e), on);
        return on;
    }

    /** The variables the "Light review date reached" timer and the light review's due date read. */
    record StepDownReviewTimer(java.time.Instant stepDownReviewAt, java.time.Instant stepDownReviewDueBy) {
    }

    @ConfigurationProperties("partnerflow.referral")
    record Interval(Period stepDownReviewInterval) {
        Interval {
            stepDownReviewInterval = stepDownReviewInterval == null ? Period.ofMonths(6) : stepDownReviewInterval;
        }
    }
}
