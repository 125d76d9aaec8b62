package org.partnerflow.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/**
 * When a case's chronology is next checked. The referral's "Chronology review" event subprocess starts a
 * round each time {@code chronologyReviewAt} is written (first after the Named Person assessment, then
 * after each review) and ends its rounds when {@code referralEnded} is written (the case closed, or
 * child protection procedures took over).
 */
@Component
class ChronologyReviews {

    private final ReferralTimescales timescales;
    private final Chronology chronology;

    ChronologyReviews(ReferralTimescales timescales, Chronology chronology) {
        this.timescales = timescales;
        this.chronology = chronology;
    }

    /** The first review, one period after today; never a second schedule for a case that has one (a second assessment). */
    void scheduleFirst(DelegateExecution e, WellbeingConcern concern) {
        if (concern.getNextChronologyReviewOn() == null && concern.getStage() != CaseStage.CLOSED) {
            schedule(e, concern, null);
        }
    }

    /** The next review on {@code on}, or one period after today if no later date was given. */
    LocalDate schedule(DelegateExecution e, WellbeingConcern concern, LocalDate on) {
        LocalDate today = chronology.today();
        LocalDate next = on != null && on.isAfter(today) ? on : today.plus(Period.parse(timescales.chronologyReview()));
        concern.chronologyReviewDue(next);
        Answers.write(e, new ChronologyReviewTimer(next.atTime(9, 0).atZone(Words.ZONE).toInstant()));
        return next;
    }

    /** The referral is over for this case: no more chronology reviews in it. */
    static void end(DelegateExecution e) {
        Answers.write(e, new ReferralEnded(true));
    }

    /** What the review round's timer waits for (a Date for the engine). */
    record ChronologyReviewTimer(Instant chronologyReviewAt) {
    }

    /** What ends the review rounds. */
    record ReferralEnded(boolean referralEnded) {
    }
}
