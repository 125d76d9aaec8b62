package org.partnerflow.partnership;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/** One partner's rating on each principle in the open cycle, with the evidence. */
@Component("recordPrincipleRatings")
class RecordPrincipleRatings implements JavaDelegate {

    private final RunningPartnerships running;
    private final PrincipleRatings ratings;
    private final Clock clock;

    RecordPrincipleRatings(RunningPartnerships running, PrincipleRatings ratings, Clock clock) {
        this.running = running;
        this.ratings = ratings;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution e) {
        PartnershipEvaluation evaluation = running.latestEvaluation(running.of(e));
        PartnerOrganisation organisation = running.answeringOrganisation(e);
        RatePartnershipAnswers a = Answers.of(e, RatePartnershipAnswers.class);
        for (PartnershipPrinciple principle : PartnershipPrinciple.values()) {
            ratings.save(new PrincipleRating(evaluation.getId(), organisation.getId(), principle, a.rating(principle),
                    a.ratingEvidence(), Actors.of(e), clock.instant()));
        }
    }
}
