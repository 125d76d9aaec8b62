package org.partnerflow.referral;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/** "Record the Child's Plan": the plan agreed, as its next version, and its review date, which starts the review timer. */
@Component("recordChildsPlan")
class RecordChildsPlan implements JavaDelegate {

    private final ReferralCases cases;
    private final ChildsPlans plans;
    private final Chronology chronology;
    private final Clock clock;
    private final TeamAroundTheChildMeetings meetings;

    RecordChildsPlan(ReferralCases cases, ChildsPlans plans, Chronology chronology, Clock clock, TeamAroundTheChildMeetings meetings) {
        this.meetings = meetings;
        this.cases = cases;
        this.plans = plans;
        this.chronology = chronology;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution e) {
        meetings.requireMeetingFor(e); // a meeting recorded since the task became due, or refused in words: nothing written
        ChildsPlanAnswers answers = Answers.of(e, ChildsPlanAnswers.class);
        WellbeingConcern concern = cases.concernOf(e);
        concern.moveTo(CaseStage.REVIEW);
        cases.scheduleReview(e, answers.reviewDate());
        int next = plans.latest(concern.getId()).map(ChildsPlanVersion::getVersionNumber).orElse(0) + 1;
        plans.agree(new ChildsPlanVersion(concern.getId(), next, clock.instant(), Actors.of(e), concern.getLeadProfessional(),
                answers.needsSummary(), answers.planServices(), answers.reviewDate(), answers.outcomes(), answers.actions()));
        chronology.record(concern, Kind.PLAN_AGREED, "Child's Plan agreed. Needs: " + answers.needsSummary()
                + ". Actions: " + answers.planActions() + ". Review on " + Words.date(answers.reviewDate()), Actors.of(e));
    }
}
