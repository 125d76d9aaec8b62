package org.partnerflow.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/** "Record the chronology review": what the coordinator found, in the chronology, and the next review date. */
@Component("recordChronologyReview")
class RecordChronologyReview implements JavaDelegate {

    private final ReferralCases cases;
    private final Chronology chronology;
    private final ChronologyReviews reviews;

    RecordChronologyReview(ReferralCases cases, Chronology chronology, ChronologyReviews reviews) {
        this.cases = cases;
        this.chronology = chronology;
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution e) {
        ReviewChronologyAnswers answers = Answers.of(e, ReviewChronologyAnswers.class);
        WellbeingConcern concern = cases.concernOf(e);
        var next = reviews.schedule(e, concern, answers.nextChronologyReviewDate());
        String notes = answers.chronologyReviewNotes() == null || answers.chronologyReviewNotes().isBlank() ? ""
                : " Notes: " + answers.chronologyReviewNotes().strip();
        chronology.record(concern, Kind.CHRONOLOGY_REVIEWED, (answers.chronologyChecked() == YesNo.YES
                ? "Chronology reviewed: accurate, and its entries are significant events and facts."
                : "Chronology reviewed: it needs corrections or additions.") + notes
                + " Next review on " + Words.date(next) + ".", Actors.of(e));
    }
}
