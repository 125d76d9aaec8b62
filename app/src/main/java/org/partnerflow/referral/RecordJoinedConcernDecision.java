package org.partnerflow.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/**
 * "Record what the new concern changes": the coordinator's decision in the open case's chronology.
 * Bringing the review forward moves the review timer to 9am today (due at once if that has passed)
 * when the case is waiting for its review date; otherwise the decision is recorded for the next one.
 */
@Component("recordJoinedConcernDecision")
class RecordJoinedConcernDecision implements JavaDelegate {

    /** The timer the case waits on between reviews (girfec-referral.bpmn). */
    static final String REVIEW_DUE = "Event_ReviewDue";

    private final ReferralCases cases;
    private final WellbeingConcerns concerns;
    private final Chronology chronology;
    private final Clock clock;

    RecordJoinedConcernDecision(ReferralCases cases, WellbeingConcerns concerns, Chronology chronology, Clock clock) {
        this.cases = cases;
        this.concerns = concerns;
        this.chronology = chronology;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution e) {
        ConsiderJoinedConcernAnswers answers = Answers.of(e, ConsiderJoinedConcernAnswers.class);
        Long joinedId = Answers.of(e, RecordJoinedConcern.ConsideredConcern.class).consideredConcernId();
        WellbeingConcern openCase = cases.concernOf(e);
        String joined = concerns.findById(joinedId).map(c -> "raised on " + Words.date(c.getRaisedAt())).orElse("");
        StringBuilder summary = new StringBuilder("New concern (" + joined + ") considered: " + Words.of(answers.joinedConcernDecision()));
        if (answers.joinedConcernDecision() == JoinedConcernDecision.BRING_REVIEW_FORWARD) {
            summary.append(bringReviewForward(e) ? "; the review is due today" : "; no review is waiting, so it is for the next one");
        }
        if (answers.joinedConcernNotes() != null && !answers.joinedConcernNotes().isBlank()) {
            summary.append(". Notes: ").append(answers.joinedConcernNotes().strip());
        }
        chronology.record(openCase, Kind.JOINED_CONCERN_CONSIDERED, summary.toString(), Actors.of(e));
    }

    /** Moves the waiting review timer to today, never later than it was; false if the case is not waiting for a review. */
    private boolean bringReviewForward(DelegateExecution e) {
        ManagementService management = e.getProcessEngineServices().getManagementService();
        Job timer = management.createJobQuery().processInstanceId(e.getProcessInstanceId()).activityId(REVIEW_DUE).singleResult();
        if (timer == null) {
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        if (timer.getDuedate() != null && !today.isBefore(LocalDate.ofInstant(timer.getDuedate().toInstant(), clock.getZone()))) {
            return true; // already due today or earlier
        }
        // The same variables a plan sets, so the review task's due date follows the new date.
        cases.scheduleReview(e, today);
        management.setJobDuedate(timer.getId(), Date.from(Answers.of(e, ReferralCases.ReviewTimer.class).reviewAt()));
        return true;
    }
}
