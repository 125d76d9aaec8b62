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

    StepDownReviews(Interval interval, Chronology chronology) {
        this.interval = interval;
        this.chronology = chronology;
    }

    /** Sets the light review's timer for 9am on the date given, else one interval from today; the date set. */
    LocalDate schedule(DelegateExecution e, LocalDate chosen) {
        LocalDate on = chosen != null ? chosen : chronology.today().plus(interval.stepDownReviewInterval());
        ZonedDateTime at = on.atTime(9, 0).atZone(org.partnerflow.words.Words.ZONE);
        Answers.write(e, new StepDownReviewTimer(at.toInstant()));
        return on;
    }

    /** The variable the "Light review due" timer reads. */
    record StepDownReviewTimer(java.time.Instant stepDownReviewAt) {
    }

    @ConfigurationProperties("partnerflow.referral")
    record Interval(Period stepDownReviewInterval) {
        Interval {
            stepDownReviewInterval = stepDownReviewInterval == null ? Period.ofMonths(6) : stepDownReviewInterval;
        }
    }
}
