package org.partnerflow.referral;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.form.Answers;
import org.partnerflow.workflow.form.FieldErrors;
import org.partnerflow.workflow.form.FormValidationException;
import org.springframework.stereotype.Component;

/**
 * "Record the light review": universal support continues (the next light review is set), the child
 * steps up again (the pathway chosen, then consent and sharing are considered afresh before any
 * agency is involved again), or the case goes to its closing summary.
 */
@Component("recordStepDownReview")
class RecordStepDownReview implements JavaDelegate {

    private final ReferralCases cases;
    private final StepDownReviews reviews;
    private final Chronology chronology;
    private final ReviewInvitations invitations;

    RecordStepDownReview(ReferralCases cases, StepDownReviews reviews, Chronology chronology, ReviewInvitations invitations) {
        this.invitations = invitations;
        this.cases = cases;
        this.reviews = reviews;
        this.chronology = chronology;
    }

    @Override
    public void execute(DelegateExecution e) {
        StepDownReviewAnswers answers = Answers.of(e, StepDownReviewAnswers.class);
        WellbeingConcern concern = cases.concernOf(e);
        String user = Actors.of(e);
        if (answers.nextLightReviewDate() != null && !answers.nextLightReviewDate().isAfter(chronology.today())) {
            throw new FormValidationException("step-down-review", FieldErrors.of("nextLightReviewDate",
                    "The next light review must be after today."));
        }
        if (answers.stepDownDecision() != StepDownReviewAnswers.Decision.CONTINUE) {
            invitations.noReview(concern); // no further light review: a stepped-up case's new plan issues its own review
        }
        String review = "Light review: " + Words.of(answers.stepDownDecision()) + ". How things are: " + answers.stepDownProgress();
        switch (answers.stepDownDecision()) {
            case CONTINUE -> {
                LocalDate next = reviews.schedule(e, answers.nextLightReviewDate());
                chronology.record(concern, Kind.STEP_DOWN_REVIEW, review + ". Next light review on " + Words.date(next), user);
            }
            case STEP_UP -> {
                if (answers.stepUpTo() == null) {
                    throw new FormValidationException("step-down-review", FieldErrors.of("stepUpTo",
                            "Say whether the child needs a targeted single-agency plan or a multi-agency team."));
                }
                Pathway pathway = answers.stepUpTo().pathway();
                concern.decidePathway(pathway);
                Answers.write(e, new RecordPathway.Decided(pathway.name()));
                chronology.record(concern, Kind.STEP_DOWN_REVIEW, review, user);
                chronology.record(concern, Kind.STEPPED_UP, "Stepped up again: " + Words.of(pathway)
                        + ". Consent and information sharing are considered again before a new plan.", user);
            }
            case CLOSE -> chronology.record(concern, Kind.STEP_DOWN_REVIEW, review + ". The case goes to its closing summary.", user);
        }
    }
}
