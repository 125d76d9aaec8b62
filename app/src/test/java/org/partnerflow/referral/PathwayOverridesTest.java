package org.partnerflow.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestReferrals;
import org.partnerflow.workflow.OversightFigure;
import org.partnerflow.workflow.form.FormValidationException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pathway override as a record (issue 18): the rules' recommendation, the pathway chosen and the
 * reason, one per decision; and the oversight page's override rate per recommended pathway, counted
 * per council as the other referral figures are.
 */
class PathwayOverridesTest extends PartnerflowSpringTest {

    @Autowired
    TestReferrals referrals;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    PathwayOverrides overrides;
    @Autowired
    ReferralOversight oversight;

    /** A concern assessed with the lowest rating given, at the Named Person's pathway decision. */
    private ProcessInstance assessed(String family, long lowest, boolean otherAgencies, String school) {
        namedPersonOf(school); // there before the concern is routed to the school's Named Persons
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), "Ailsa", family + System.nanoTime(), school, null, "no");
        referrals.work(referral, "Activity_NamedPersonAssessment", namedPersonOf(school),
                TestReferrals.assessment("Healthy", lowest, otherAgencies));
        return referral;
    }

    private String namedPersonOf(String school) {
        return school.equals("Eastfield Primary") ? people.ensure(Role.NAMED_PERSON)
                : people.ensureIn("test-np-cartside-override", List.of("renfrewshire", "named-persons.cartside-primary"), Role.NAMED_PERSON);
    }

    private void decide(ProcessInstance referral, String school, Map<String, Object> answers) {
        referrals.work(referral, "Activity_ConfirmPathway", namedPersonOf(school), answers);
    }

    private static Map<String, Object> override(String pathway, String reason) {
        return Map.of("pathwayChoice", "override", "overridePathway", pathway, "overrideReason", reason);
    }

    private Map<String, List<String>> overrideRates(String manager) {
        people.signInAs(manager);
        try {
            OversightFigure figure = oversight.figures().stream().filter(f -> f.id().equals("pathway-overrides")).findFirst().orElseThrow();
            assertThat(figure.headings()).containsExactly("Recommended pathway", "Decisions", "Overridden", "Override rate");
            return figure.rows().stream().collect(java.util.stream.Collectors.toMap(r -> r.cells().get(0), r -> r.cells().subList(1, 4)));
        } finally {
            people.signOut();
        }
    }

    private static long count(Map<String, List<String>> rates, String pathway, int cell) {
        List<String> row = rates.get(pathway);
        return row == null ? 0 : Long.parseLong(row.get(cell));
    }

    @Test
    void eachDecisionIsARecordWithTheRecommendationTheChoiceAndTheReason() {
        ProcessInstance accepted = assessed("PathAccept", 4L, false, "Eastfield Primary");
        decide(accepted, "Eastfield Primary", Map.of("pathwayChoice", "accept"));
        ProcessInstance overridden = assessed("PathOverride", 4L, false, "Eastfield Primary");
        decide(overridden, "Eastfield Primary", override("TARGETED_SINGLE_AGENCY", "The family asked for the school nurse's support"));

        assertThat(overrides.decisionsFor(concerns.findByProcessInstanceId(accepted.getId()).orElseThrow().getId())).singleElement()
                .satisfies(d -> {
                    assertThat(d.getRecommended()).isEqualTo(Pathway.UNIVERSAL);
                    assertThat(d.getChosen()).isEqualTo(Pathway.UNIVERSAL);
                    assertThat(d.isOverridden()).isFalse();
                    assertThat(d.getReason()).isNull();
                    assertThat(d.getDecidedBy()).isEqualTo(people.ensure(Role.NAMED_PERSON));
                });
        assertThat(overrides.decisionsFor(concerns.findByProcessInstanceId(overridden.getId()).orElseThrow().getId())).singleElement()
                .satisfies(d -> {
                    assertThat(d.getRecommended()).isEqualTo(Pathway.UNIVERSAL);
                    assertThat(d.getChosen()).isEqualTo(Pathway.TARGETED_SINGLE_AGENCY);
                    assertThat(d.isOverridden()).isTrue();
                    assertThat(d.getReason()).isEqualTo("The family asked for the school nurse's support");
                });
        assertThat(concerns.findByProcessInstanceId(overridden.getId()).orElseThrow().getPathway()).isEqualTo(Pathway.TARGETED_SINGLE_AGENCY);
    }

    @Test
    void aRecommendationSentBackChangedIsRefusedAndTheRulesRecommendationStands() {
        ProcessInstance referral = assessed("PathTampered", 4L, false, "Eastfield Primary");
        assertThatThrownBy(() -> decide(referral, "Eastfield Primary", Map.of("pathwayChoice", "accept", "recommendedPathway", "MULTI_AGENCY")))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("recommendedPathway"));
        WellbeingConcern concern = concerns.findByProcessInstanceId(referral.getId()).orElseThrow();
        assertThat(overrides.decisionsFor(concern.getId())).isEmpty();

        // Sent back unchanged, as the form shows it, the decision is the rules' recommendation.
        decide(referral, "Eastfield Primary", Map.of("pathwayChoice", "accept", "recommendedPathway", "UNIVERSAL"));
        assertThat(overrides.decisionsFor(concern.getId())).singleElement().satisfies(d -> {
            assertThat(d.getRecommended()).isEqualTo(Pathway.UNIVERSAL);
            assertThat(d.getChosen()).isEqualTo(Pathway.UNIVERSAL);
            assertThat(d.isOverridden()).isFalse();
        });
        assertThat(concerns.findByProcessInstanceId(referral.getId()).orElseThrow().getPathway()).isEqualTo(Pathway.UNIVERSAL);
    }

    @Test
    void anOverrideWithoutAReasonIsRefusedAndNothingIsWritten() {
        ProcessInstance referral = assessed("PathNoReason", 4L, false, "Eastfield Primary");
        assertThatThrownBy(() -> decide(referral, "Eastfield Primary", Map.of("pathwayChoice", "override", "overridePathway", "MULTI_AGENCY")))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("overrideReason"));
        assertThat(overrides.decisionsFor(concerns.findByProcessInstanceId(referral.getId()).orElseThrow().getId())).isEmpty();
    }

    @Test
    void theOverrideRateCountsEachRecommendedPathwaysDecisionsInTheManagersOwnCouncil() {
        String glasgowManager = people.ensure(Role.MANAGER);
        String renfrewshireManager = people.ensureIn("test-manager-renfrewshire-overrides", List.of("renfrewshire"), Role.MANAGER);
        Map<String, List<String>> before = overrideRates(glasgowManager);
        Map<String, List<String>> renfrewshireBefore = overrideRates(renfrewshireManager);

        // Universal recommended three times, overridden once; multi-agency recommended twice, overridden twice.
        decide(assessed("RateU1", 4L, false, "Eastfield Primary"), "Eastfield Primary", Map.of("pathwayChoice", "accept"));
        decide(assessed("RateU2", 4L, false, "Eastfield Primary"), "Eastfield Primary", Map.of("pathwayChoice", "accept"));
        decide(assessed("RateU3", 4L, false, "Eastfield Primary"), "Eastfield Primary", override("MULTI_AGENCY", "Social work already involved"));
        decide(assessed("RateM1", 2L, true, "Eastfield Primary"), "Eastfield Primary", override("TARGETED_SINGLE_AGENCY", "Health alone can help"));
        decide(assessed("RateM2", 2L, true, "Eastfield Primary"), "Eastfield Primary", override("UNIVERSAL", "The worry has passed"));
        // Choosing "another" pathway that is the one recommended is no override.
        decide(assessed("RateM3", 2L, true, "Eastfield Primary"), "Eastfield Primary", override("MULTI_AGENCY", "Same as recommended"));
        // Another council's decision is not Glasgow's managers' to count.
        decide(assessed("RateR1", 4L, false, "Cartside Primary"), "Cartside Primary", override("NO_FURTHER_ACTION", "Moved away"));

        Map<String, List<String>> after = overrideRates(glasgowManager);
        assertThat(count(after, "Universal", 0) - count(before, "Universal", 0)).isEqualTo(3);
        assertThat(count(after, "Universal", 1) - count(before, "Universal", 1)).isEqualTo(1);
        assertThat(count(after, "Multi-agency", 0) - count(before, "Multi-agency", 0)).isEqualTo(3);
        assertThat(count(after, "Multi-agency", 1) - count(before, "Multi-agency", 1)).isEqualTo(2);
        for (String pathway : after.keySet()) {
            List<String> row = after.get(pathway);
            assertThat(row.get(2)).as(pathway).isEqualTo(ReferralOversight.rate(Long.parseLong(row.get(1)), Long.parseLong(row.get(0))));
        }
        Map<String, List<String>> renfrewshireAfter = overrideRates(renfrewshireManager);
        assertThat(count(renfrewshireAfter, "Universal", 0) - count(renfrewshireBefore, "Universal", 0)).isEqualTo(1);
        assertThat(count(renfrewshireAfter, "Universal", 1) - count(renfrewshireBefore, "Universal", 1)).isEqualTo(1);
        assertThat(count(renfrewshireAfter, "Multi-agency", 0) - count(renfrewshireBefore, "Multi-agency", 0)).isZero();
    }

    @Test
    void theRateIsAWholePerCentRoundedHalfUp() {
        assertThat(ReferralOversight.rate(1, 3)).isEqualTo("33%");
        assertThat(ReferralOversight.rate(2, 3)).isEqualTo("67%");
        assertThat(ReferralOversight.rate(1, 8)).isEqualTo("13%");
        assertThat(ReferralOversight.rate(0, 5)).isEqualTo("0%");
        assertThat(ReferralOversight.rate(4, 4)).isEqualTo("100%");
        assertThat(ReferralOversight.rate(0, 0)).isEqualTo("–");
    }
}
