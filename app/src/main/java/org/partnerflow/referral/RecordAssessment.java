package org.partnerflow.referral;

import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/** "Record the assessment": the Named Person's ratings and the My World Triangle, in the chronology and the rating history. */
@Component("recordAssessment")
class RecordAssessment implements JavaDelegate {

    private final ReferralCases cases;
    private final WellbeingAssessments assessments;
    private final Chronology chronology;
    private final ChronologyReviews chronologyReviews;
    private final Clock clock;

    RecordAssessment(ReferralCases cases, WellbeingAssessments assessments, Chronology chronology, ChronologyReviews chronologyReviews,
                     Clock clock) {
        this.cases = cases;
        this.assessments = assessments;
        this.chronology = chronology;
        this.chronologyReviews = chronologyReviews;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution e) {
        NamedPersonAssessmentAnswers answers = Answers.of(e, NamedPersonAssessmentAnswers.class);
        WellbeingConcern concern = cases.concernOf(e);
        String user = Actors.of(e);
        if (user != null) {
            concern.assessedBy(user);
            // Whoever assessed is the Named Person, and coordinates the case until a Lead Professional does.
            Answers.write(e, new NamedPerson(user, user));
        }
        concern.moveTo(CaseStage.ASSESSMENT);
        Instant at = clock.instant();
        assessments.save(WellbeingAssessment.fromAnswers(concern.getId(), answers, user, at));
        String summary = cases.saveRatings(concern, answers.ratings(), WellbeingRating.Occasion.ASSESSMENT, user, at);
        chronology.record(concern, Kind.ASSESSMENT, "Named Person assessment. Ratings: " + summary
                + ". What is getting in the way: " + answers.whatIsGettingInTheWay(), user);
        // From the assessment on, the chronology is checked at intervals while the case is open.
        chronologyReviews.scheduleFirst(e, concern);
    }

    /** The later tasks' assignees. */
    record NamedPerson(String namedPerson, String coordinator) {
    }
}
