package org.partnerflow.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestImprovements;
import org.partnerflow.workflow.form.FormValidationException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An improvement project in the running application: the real forms and record writers, through two
 * cycles with measured values to the learning library, and the lines that cannot be read refused.
 */
class ActionResearchTest extends PartnerflowSpringTest {

    @Autowired
    TestImprovements improvements;
    @Autowired
    ImprovementProjects projects;
    @Autowired
    ActionResearchCycles cycles;
    @Autowired
    Measures measures;
    @Autowired
    MeasureValues values;
    @Autowired
    LearningLibrary library;

    @Test
    void aProjectRunsTwoCyclesRecordsValuesAndPublishesItsLearning() {
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        ProcessInstance p = improvements.start(lead, "Breakfast club " + System.nanoTime());
        ImprovementProject project = projects.findByProcessInstanceId(p.getId()).orElseThrow();
        assertThat(project.getLead()).isEqualTo(lead);
        assertThat(measures.findByProjectIdOrderByIdAsc(project.getId())).singleElement().satisfies(m -> {
            assertThat(m.getBaselineValue()).isEqualByComparingTo("88");
            assertThat(m.meetsTarget(new BigDecimal("92.5"))).isTrue();
            assertThat(m.meetsTarget(new BigDecimal("91"))).isFalse();
        });

        improvements.work(p, "Activity_PlanChange", lead, TestImprovements.plan("Free breakfast club from 8.15"));
        improvements.record(p, lead, "2026-11-27", "88.5");
        improvements.record(p, lead, "2026-12-04", "89");
        improvements.fire(p, "Event_TryingEnds");
        improvements.work(p, "Activity_EvaluateImpact", lead, Map.of("impactOnLearners", "Slightly better", "staffReflections",
                "Late-comers miss it", "cycleDecision", "adapt", "decisionReason", "Open at 8.00 and add a walking bus"));
        assertThat(projects.findById(project.getId()).orElseThrow().getCurrentCycle()).isEqualTo(2);

        improvements.work(p, "Activity_PlanChange", lead, TestImprovements.plan("Breakfast club from 8.00 with a walking bus"));
        improvements.record(p, lead, "2027-01-15", "91");
        improvements.record(p, lead, "2027-01-22", "92.5");
        improvements.fire(p, "Event_TryingEnds");
        improvements.work(p, "Activity_EvaluateImpact", lead, Map.of("impactOnLearners", "Attendance at target", "staffReflections",
                "The walking bus made the difference", "cycleDecision", "adopt", "decisionReason", "Target met"));
        improvements.work(p, "Activity_ShareLearning", lead, Map.of("learningTitle", "Walking bus and breakfast",
                "learningSummary", "An early breakfast club with a walking bus raised attendance to target.",
                "whatWorked", "The walking bus", "forSharingEvent", true));

        assertThat(cycles.findByProjectIdOrderByNumberAsc(project.getId())).extracting(ActionResearchCycle::getDecision)
                .containsExactly(ActionResearchCycle.Decision.ADAPT, ActionResearchCycle.Decision.ADOPT);
        List<MeasureValue> recorded = values.findByMeasureIdInOrderByMeasuredOnAscIdAsc(
                measures.findByProjectIdOrderByIdAsc(project.getId()).stream().map(Measure::getId).toList());
        assertThat(recorded).extracting(v -> v.getMeasured().stripTrailingZeros().toPlainString()).containsExactly("88.5", "89", "91", "92.5");
        assertThat(recorded).extracting(MeasureValue::getEnteredBy).containsOnly(lead);
        assertThat(recorded.get(3).getCycleId()).isNotEqualTo(recorded.get(0).getCycleId());
        assertThat(projects.findById(project.getId()).orElseThrow().getStatus()).isEqualTo(ImprovementProject.Status.FINISHED);
        assertThat(library.search("%walking bus%")).extracting(LearningSummary::getProjectId).contains(project.getId());
        assertThat(library.search("%walking bus%").get(0).isForSharingEvent()).isTrue();
    }

    @Test
    void measuresAndValuesThatCannotBeReadAreRefusedAtTheirLine() {
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        ProcessInstance p = improvements.start(lead, "Refusals " + System.nanoTime());
        improvements.work(p, "Activity_PlanChange", lead, TestImprovements.plan("Reading buddies"));
        improvements.fire(p, "Event_MonitorDue");

        assertThatThrownBy(() -> improvements.work(p, "Activity_RecordMeasureValues", lead, Map.of("measuredOn", "2026-11-27",
                "measureValues", "Attendance; 89\nReading age; 9.5")))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.fieldErrors()).containsEntry("measureValues",
                        "line 2: 'Reading age' is not one of this project's measures (Attendance)"));
        assertThatThrownBy(() -> improvements.work(p, "Activity_RecordMeasureValues", lead, Map.of("measuredOn", "2026-11-27",
                "measureValues", "Attendance; about ninety")))
                .isInstanceOf(FormValidationException.class).hasMessageContaining("line 1: the value must be a number");
        ImprovementProject project = projects.findByProcessInstanceId(p.getId()).orElseThrow();
        assertThat(values.findByMeasureIdInOrderByMeasuredOnAscIdAsc(
                measures.findByProjectIdOrderByIdAsc(project.getId()).stream().map(Measure::getId).toList())).isEmpty();
    }

    @Test
    void aMeasureNeedsEveryPartAndATargetAfterItsBaseline() {
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        people.signInAs(lead);
        String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("action-research")
                .latestVersion().singleResult().getId();
        ProcessInstance p = completion.start(definitionId, TestImprovements.project("Measures " + System.nanoTime()));
        people.signOut();
        improvements.work(p, "Activity_IdentifyChallenge", lead, Map.of("challengeData", "Data", "evidenceSummary", "Evidence"));

        assertThatThrownBy(() -> improvements.work(p, "Activity_DefineSuccess", lead, Map.of("measures",
                "Attendance; %; higher; SEEMiS; 88; 2027-06-30; 92; 2026-08-20", "prediction", "Better")))
                .isInstanceOf(FormValidationException.class).hasMessageContaining("line 1: the target date must come after the baseline date");
        assertThatThrownBy(() -> improvements.work(p, "Activity_DefineSuccess", lead, Map.of("measures",
                "Attendance; %; up; SEEMiS; 88; 2026-08-20; 92; 2027-06-30", "prediction", "Better")))
                .isInstanceOf(FormValidationException.class).hasMessageContaining("say whether higher or lower is better");
    }
}
