package org.partnerflow.processes.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnerflow.processes.ProcessTestEngine;

/** The pathway rules: every rule of the table, and its edges. */
@Deployment(resources = "processes/referral/girfec-pathway.dmn")
class GirfecPathwayDecisionTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    static Map<String, Object> assessment(int lowest, boolean needsOtherAgencies) {
        Map<String, Object> v = new HashMap<>();
        for (String indicator : new String[] {"Safe", "Healthy", "Achieving", "Nurtured", "Active", "Respected", "Responsible", "Included"}) {
            v.put("rating" + indicator, 6L);
        }
        v.put("ratingNurtured", (long) lowest);
        v.put("needsOtherAgencies", needsOtherAgencies);
        return v;
    }

    private String pathway(Map<String, Object> variables) {
        return engine.getDecisionService().evaluateDecisionTableByKey("girfec-pathway", variables).getSingleEntry();
    }

    @ParameterizedTest(name = "lowest rating {0}, other agencies needed {1} -> {2}")
    @CsvSource({
            "6, false, NO_FURTHER_ACTION",
            "5, true, NO_FURTHER_ACTION",
            "4, false, UNIVERSAL",
            "4, true, UNIVERSAL",
            "3, false, TARGETED_SINGLE_AGENCY",
            "1, false, TARGETED_SINGLE_AGENCY",
            "3, true, MULTI_AGENCY",
            "1, true, MULTI_AGENCY"})
    void everyRuleRoutesAsDocumented(int lowest, boolean needsOtherAgencies, String expected) {
        assertThat(pathway(assessment(lowest, needsOtherAgencies))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "unanswered agencies question with lowest rating {0}")
    @CsvSource({"2, TARGETED_SINGLE_AGENCY", "5, NO_FURTHER_ACTION"})
    void anUnansweredAgenciesQuestionCountsAsNo(int lowest, String expected) {
        Map<String, Object> v = assessment(lowest, false);
        v.remove("needsOtherAgencies");
        assertThat(pathway(v)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aMissingRatingMatchesNoRuleRatherThanAGuessedPathway() {
        Map<String, Object> v = assessment(3, true);
        v.remove("ratingSafe");
        assertThat(engine.getDecisionService().evaluateDecisionTableByKey("girfec-pathway", v).getResultList()).isEmpty();
    }
}
