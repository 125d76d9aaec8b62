package org.partnerflow.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.Race;
import org.partnerflow.testsupport.Race.Contender;
import org.partnerflow.testsupport.TestReferrals;
import org.partnerflow.workflow.StaleRecordException;
import org.partnerflow.workflow.WorkflowProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two people agreeing the next version of the same Child's Plan from the same version, at the same
 * moment on real threads: one version is agreed, the other refused with the stale-record message, and
 * the agreed one is the first's, whole. Run {@value #ROUNDS} times on one case.
 */
class ChildsPlanRaceTest extends PartnerflowSpringTest {

    static final int ROUNDS = 20;
    private static final Logger LOG = LoggerFactory.getLogger(ChildsPlanRaceTest.class);

    @Autowired
    TestReferrals referrals;
    @Autowired
    ChildsPlans plans;
    @Autowired
    WellbeingConcerns concerns;

    @Test
    void twoPeopleAgreeingANewVersionFromTheSameVersion() throws Exception {
        ProcessInstance referral = referrals.raise("Planrace" + System.nanoTime() % 100000);
        referrals.toSingleAgencyPlan(referral, people.ensure(Role.NAMED_PERSON));
        long concernId = concerns.findByProcessInstanceId(referral.getId()).orElseThrow().getId();
        String[] agreedBy = {"first-editor", "second-editor"};
        int refused = 0;
        for (int round = 0; round < ROUNDS; round++) {
            ChildsPlanVersion base = plans.latest(concernId).orElseThrow();
            LocalDate[] reviewDates = {LocalDate.of(2027, 3, 1).plusDays(round), LocalDate.of(2027, 9, 1).plusDays(round)};

            List<Throwable> outcomes = Race.run(people, List.of(0, 1).stream().map(i -> new Contender(() -> { },
                    () -> plans.agree(base.nextAtReview(Instant.now(), agreedBy[i], reviewDates[i])))).toList());

            assertThat(outcomes).as("exactly one agreement succeeds").filteredOn(Objects::isNull).hasSize(1);
            int winner = outcomes.indexOf(null);
            Throwable loser = outcomes.get(1 - winner);
            assertThat(loser).isInstanceOf(StaleRecordException.class);
            assertThat(WorkflowProblems.explain(loser)).isEqualTo("Someone else changed this Child's Plan while you were working on it"
                    + " (version " + (base.getVersionNumber() + 1) + ", you had " + base.getVersionNumber()
                    + "). Reload to see their changes, then try again.");
            ChildsPlanVersion agreed = plans.latest(concernId).orElseThrow();
            assertThat(agreed.getVersionNumber()).isEqualTo(base.getVersionNumber() + 1);
            assertThat(agreed.getAgreedBy()).isEqualTo(agreedBy[winner]);
            assertThat(agreed.getReviewDate()).isEqualTo(reviewDates[winner]);
            refused++;
        }
        LOG.info("Child's Plan race, {} rounds: {} agreed, {} refused as stale", ROUNDS, ROUNDS, refused);
        assertThat(plans.latest(concernId).orElseThrow().getVersionNumber()).isEqualTo(1 + ROUNDS);
    }
}
