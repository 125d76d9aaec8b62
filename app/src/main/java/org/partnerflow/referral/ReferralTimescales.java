package org.partnerflow.referral;

import java.time.ZonedDateTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Timescales of the referral. The statutory Named Person duties were never commenced, so these are
 * local practice, set per installation ({@code partnerflow.referral.*}), not law in code.
 *
 * <p>Counts named "working days" are counted by {@code establishment.WorkingDays} for the child's
 * council (weekends, Scottish bank holidays, the council's local and school holidays skipped). The
 * ISO 8601 durations and periods are calendar time, as the engine's timers wait them.
 *
 * @param assessmentWorkingDays         the Named Person assessment is due this many working days after the concern
 * @param assessmentReminderWorkingDays a reminder goes out this many working days after the concern
 * @param childProtectionEscalation     an untouched child-protection screening alerts managers after this (ISO 8601)
 * @param agencyReminder                a partner agency that has not answered its invitation is reminded after this
 * @param reviewOverdue                 a review not held this long after its date alerts managers
 * @param chronologyReview              the case's coordinator reviews the chronology this often (ISO 8601 period, P3M)
 */
@ConfigurationProperties("partnerflow.referral")
public record ReferralTimescales(
        Integer assessmentWorkingDays,
        Integer assessmentReminderWorkingDays,
        String childProtectionEscalation,
        String agencyReminder,
        String reviewOverdue,
        String chronologyReview) {

    public ReferralTimescales {
        assessmentWorkingDays = assessmentWorkingDays == null ? 10 : assessmentWorkingDays;
        assessmentReminderWorkingDays = assessmentReminderWorkingDays == null ? 7 : assessmentReminderWorkingDays;
        if (assessmentWorkingDays < 0 || assessmentReminderWorkingDays < 0) {
            // Said at start-up, not when the first concern is raised.
            throw new IllegalArgumentException("partnerflow.referral.assessment-working-days and assessment-reminder-working-days "
                    + "cannot be negative");
        }
        childProtectionEscalation = childProtectionEscalation == null ? "PT24H" : childProtectionEscalation;
        agencyReminder = agencyReminder == null ? "P3D" : agencyReminder;
        reviewOverdue = reviewOverdue == null ? "P5D" : reviewOverdue;
        chronologyReview = chronologyReview == null ? "P3M" : chronologyReview;
    }

    /**
     * When a review held at {@code reviewAt} (a plan's review, or a stepped-down case's light review) is
     * overdue: {@link #reviewOverdue} later, which the review task's boundary timer also waits.
     * java.time.Duration reads day periods ("P5D") as 5 × 24 hours, which is what the timer means too.
     */
    public java.time.Instant reviewDueBy(ZonedDateTime reviewAt) {
        return reviewAt.plus(java.time.Duration.parse(reviewOverdue)).toInstant();
    }
}
