package org.partnerflow.referral;

import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/** "Record the review": progress, updated ratings and the decision; continuing agrees the next plan and schedules its review. */
@Component("recordReview")
class RecordReview implements JavaDelegate {

    private final ReferralCases cases;
    private final ChildsPlans plans;
    private final PlanReviews reviews;
    private final InformationSharing sharing;
    private final Chronology chronology;
    private final Clock clock;
    private final TeamAroundTheChildMeetings meetings;
    private final ReviewInvitations invitations;

    RecordReview(ReferralCases cases, ChildsPlans plans, PlanReviews reviews, InformationSharing sharing, Chronology chronology,
                 Clock clock, TeamAroundTheChildMeetings meetings, ReviewInvitations invitations) {
        this.invitations = invitations;
        this.meetings = meetings;
        this.cases = cases;
        this.plans = plans;
        this.reviews = reviews;
        this.sharing = sharing;
        this.chronology = chronology;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution e) {
        meetings.requireMeetingFor(e); // a meeting recorded since the task became due, or refused in words: nothing written
        ReviewChildsPlanAnswers answers = Answers.of(e, ReviewChildsPlanAnswers.class);
        WellbeingConcern concern = cases.concernOf(e);
        String user = Actors.of(e);
        PlanReview.Decision decision = answers.reviewDecision();
        Instant now = clock.instant();
        String summary = cases.saveRatings(concern, answers.ratings(), WellbeingRating.Occasion.REVIEW, user, now);
        ChildsPlanVersion current = plans.latest(concern.getId())
                .orElseThrow(() -> new IllegalStateException("A review needs an agreed plan: concern " + concern.getId()));
        boolean continues = decision == PlanReview.Decision.CONTINUE;
        reviews.save(new PlanReview(concern.getId(), current.getId(), now, user, answers.reviewProgress(), answers.reviewViews(),
                decision, continues ? answers.nextReviewDate() : null));
        if (continues) {
            // Each review agrees the next version of the plan, as changed in the plan editor; the reviewed one stays as it was.
            plans.agreeAtReview(current, now, user, answers.nextReviewDate());
        } else {
            // No plan review follows: its calendar event is cancelled (a step-down issues the light review's).
            invitations.noReview(concern);
        }
        chronology.record(concern, Kind.REVIEW, "Review: " + Words.of(decision) + ". Progress: " + answers.reviewProgress()
                + ". Ratings: " + summary, user);
        switch (decision) {
            case CONTINUE -> cases.scheduleReview(e, answers.nextReviewDate());
            case STEP_DOWN -> chronology.record(concern, Kind.STEP_DOWN, "Stepped down from the Child's Plan", user);
            case ESCALATE -> {
                concern.moveTo(CaseStage.CHILD_PROTECTION);
                chronology.record(concern, Kind.CHILD_PROTECTION_ESCALATION, "Escalated to child protection at review", user);
                sharing.shareWithChildProtection(concern, "Escalated to child protection at review: " + answers.reviewProgress(), user);
            }
            case CLOSE -> { }
        }
    }
}
