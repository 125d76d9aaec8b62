package org.partnerflow.processes.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnerflow.processes.ProcessTestEngine;

/**
 * Every path of the action-research loop: adopt, the adapt loop, the abandon loop, finishing without
 * adopting, the monitor step repeating until the trial's end date, and sharing the learning. The
 * record-keeping delegates are stand-ins that set the variables the real ones set.
 */
@Deployment(resources = "processes/improvement/action-research.bpmn")
class ActionResearchProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    static final String LEAD = "lead-eilidh";

    final List<String> recorded = new ArrayList<>();
    int cycle;

    @BeforeEach
    void standInDelegates() {
        BpmnAwareTests.init(engine.getProcessEngine());
        cycle = 0;
        Mocks.register("recordImprovementProject", delegate("project", e -> e.setVariable("subject", "Improvement: Test")));
        Mocks.register("recordChallenge", delegate("challenge", e -> { }));
        Mocks.register("recordMeasures", delegate("measures", e -> { }));
        Mocks.register("startActionResearchCycle", delegate("cycle-started", e -> {
            cycle++;
            e.setVariable("monitorInterval", "P7D");
            e.setVariable("cycleEndsAt", new Date(System.currentTimeMillis() + 30L * 24 * 3600 * 1000));
        }));
        // As the real delegate: the lead's "end the trial now" becomes the trial's own decision.
        Mocks.register("saveMeasureValues", delegate("values", e ->
                e.setVariableLocal("trialEndsNow", Boolean.TRUE.equals(e.getVariable("endTrialNow")))));
        Mocks.register("recordCycleEvaluation", delegate("evaluated", e -> { }));
        Mocks.register("openNextCycle", delegate("next-cycle", e -> { }));
        Mocks.register("publishLearning", delegate("published", e -> { }));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        engine.getIdentityService().clearAuthentication();
    }

    private JavaDelegate delegate(String name, JavaDelegate body) {
        return e -> {
            recorded.add(name);
            body.execute(e);
        };
    }

    private ProcessInstance form() {
        engine.getIdentityService().setAuthenticatedUserId(LEAD);
        ProcessInstance p = engine.getRuntimeService().startProcessInstanceByKey("action-research", withVariables("name", "Test"));
        engine.getIdentityService().clearAuthentication();
        assertThat(p).isWaitingAt("Activity_IdentifyChallenge");
        assertThat(task(p)).isAssignedTo(LEAD);
        complete(task(p), withVariables("evidenceSummary", "Attendance gap"));
        assertThat(p).isWaitingAt("Activity_DefineSuccess");
        complete(task(p), withVariables("measures", "Attendance"));
        return p;
    }

    private void planAndTry(ProcessInstance p, int monitorRounds) {
        assertThat(p).isWaitingAt("Activity_PlanChange");
        complete(task(p), withVariables("changeIdea", "Breakfast club"));
        assertThat(p).isWaitingAt("Event_MonitorDue");
        for (int i = 0; i < monitorRounds; i++) {
            execute(job("Event_MonitorDue", p));
            assertThat(p).isWaitingAt("Activity_RecordMeasureValues");
            complete(task(p), withVariables("measureValues", "Attendance; 91"));
            assertThat(p).isWaitingAt("Event_MonitorDue");
        }
        execute(job("Event_TryingEnds", p));
        assertThat(p).isWaitingAt("Activity_EvaluateImpact");
    }

    private void decide(ProcessInstance p, String decision) {
        complete(task(p), withVariables("cycleDecision", decision, "impactOnLearners", "Up 2 points"));
    }

    @Test
    void aChangeThatWorksIsAdoptedAndTheLearningShared() {
        ProcessInstance p = form();
        planAndTry(p, 3);
        decide(p, "adopt");
        assertThat(p).isWaitingAt("Activity_ShareLearning");
        complete(task(p), withVariables("learningSummary", "Breakfast clubs lift attendance"));

        assertThat(p).isEnded().hasPassed("Activity_PublishLearning", "EndEvent_LearningShared");
        assertThat(recorded).containsExactly("project", "challenge", "measures", "cycle-started", "values", "values", "values",
                "evaluated", "published");
    }

    @Test
    void theLeadEndsATrialEarlyWithItsLastValuesAndTheNextTrialRunsToItsDate() {
        ProcessInstance p = form();
        complete(task(p), withVariables("changeIdea", "Breakfast club"));
        execute(job("Event_MonitorDue", p));
        complete(task(p), withVariables("measureValues", "Attendance; 93", "endTrialNow", true));

        assertThat(p).isWaitingAt("Activity_EvaluateImpact").hasPassed("EndEvent_TrialEndedEarly", "Gateway_TrialOver");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(p.getId()).activityId("Event_TryingEnds").count())
                .as("the end-of-trial timer went with the trial").isZero();
        decide(p, "adapt");
        complete(task(p), withVariables("changeIdea", "Earlier club"));
        execute(job("Event_MonitorDue", p));
        complete(task(p), withVariables("measureValues", "Attendance; 94", "endTrialNow", false));
        assertThat(p).isWaitingAt("Event_MonitorDue");
        execute(job("Event_TryingEnds", p));
        assertThat(p).isWaitingAt("Activity_EvaluateImpact");
    }

    @Test
    void adaptingAndAbandoningEachStartANewCycleWithTheChallengeAndMeasuresKept() {
        ProcessInstance p = form();
        planAndTry(p, 1);
        decide(p, "adapt");
        assertThat(p).isWaitingAt("Activity_PlanChange").hasPassed("Activity_NextCycle");
        planAndTry(p, 1);
        decide(p, "abandon");
        planAndTry(p, 0);
        decide(p, "finish");
        complete(task(p), withVariables("learningSummary", "What did not work, and why"));

        assertThat(p).isEnded();
        assertThat(cycle).isEqualTo(3);
        assertThat(recorded.stream().filter("next-cycle"::equals)).hasSize(2);
        assertThat(recorded.stream().filter("challenge"::equals)).hasSize(1);
        assertThat(recorded.stream().filter("measures"::equals)).hasSize(1);
    }
}
