package org.partnerflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.partnerflow.identity.Role;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine runs as docs/architecture.md says it does. */
class EngineSettingsTest extends PartnerflowSpringTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    FilterService filterService;

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    @Test
    void historyIsFullAndCleanedUpNightlyHonouringEachProcesssTimeToLive() {
        assertThat(configuration().getHistoryLevel()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
        assertThat(configuration().getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
        assertThat(configuration().getHistoryCleanupBatchWindowEndTime()).isEqualTo("06:00");
        assertThat(configuration().isEnforceHistoryTimeToLive()).isTrue();
        for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().listPage(0, PartnerflowEnginePlugin.QUERY_MAX_RESULTS)) {
            assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isNotNull();
        }
    }

    @Test
    void formsAreDeployedWithTheProcesses() {
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("partnership-enquiry").count()).isPositive();
        var deploymentId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("partnership-enquiry")
                .latestVersion().singleResult().getDeploymentId();
        assertThat(repositoryService.getDeploymentResourceNames(deploymentId))
                .anyMatch(n -> n.endsWith("partnership-enquiry.form"))
                .anyMatch(n -> n.endsWith("review-partnership-enquiry.form"));
    }

    @Test
    void javaSerializedVariablesAreRefused() {
        assertThat(configuration().isJavaSerializationFormatEnabled()).isFalse();
        Task task = raiseEnquiry("Serialization " + System.nanoTime());

        assertThatThrownBy(() -> runtimeService.setVariable(task.getProcessInstanceId(), "object",
                Variables.serializedObjectValue("rO0ABXQABHRlc3Q=")
                        .serializationDataFormat(Variables.SerializationDataFormats.JAVA)
                        .objectTypeName(String.class.getName()).create()))
                .hasMessageContaining("serialization");
    }

    @Test
    void engineQueriesAreCappedWhileSomeoneIsSignedIn() {
        people.signIn(Role.MANAGER);
        int limit = PartnerflowEnginePlugin.QUERY_MAX_RESULTS;

        assertThat(taskService.createTaskQuery().listPage(0, limit)).isNotNull();
        assertThatThrownBy(() -> taskService.createTaskQuery().listPage(0, limit + 1))
                .isInstanceOf(BadUserRequestException.class).hasMessage("Max results limit of " + limit + " exceeded!");
        assertThatThrownBy(() -> taskService.createTaskQuery().list())
                .isInstanceOf(BadUserRequestException.class).hasMessage("An unbound number of results is forbidden!");
    }

    @Test
    void queriesEvaluateNoExpressions() {
        people.signIn(Role.MANAGER);
        assertThatThrownBy(() -> taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").listPage(0, 10))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Expressions are forbidden in adhoc queries");

        Filter filter = filterService.newTaskFilter("Expression filter " + System.nanoTime())
                .setQuery(taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        assertThatThrownBy(() -> filterService.saveFilter(filter))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Expressions are forbidden in stored queries");
    }

    @Test
    void objectVariablesDeserializeOnlyAllowedTypes() {
        Task task = raiseEnquiry("Deserialization " + System.nanoTime());
        String instance = task.getProcessInstanceId();
        runtimeService.setVariable(instance, "allowed", Variables.serializedObjectValue("[\"a\",\"b\"]")
                .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                .objectTypeName("java.util.ArrayList<java.lang.String>").create());
        runtimeService.setVariable(instance, "refused", Variables.serializedObjectValue("\"file:///etc/passwd\"")
                .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                .objectTypeName("java.net.URI").create());

        assertThat(runtimeService.getVariable(instance, "allowed")).isEqualTo(List.of("a", "b"));
        assertThatThrownBy(() -> runtimeService.getVariable(instance, "refused"))
                .hasStackTraceContaining("java.net.URI");
        assertThat(configuration().isDeserializationTypeValidationEnabled()).isTrue();
    }

    @Test
    void modelsWithScriptsAreRefusedAndNoScriptRuns() {
        BpmnModelInstance withScript = Bpmn.createExecutableProcess("with-script").camundaHistoryTimeToLive(1)
                .startEvent().scriptTask().scriptFormat("javascript").scriptText("java.lang.System.exit(1)").endEvent().done();

        assertThatThrownBy(() -> repositoryService.createDeployment().addModelInstance("with-script.bpmn", withScript).deploy())
                .hasMessageContaining("Scripts are not allowed in Partnerflow's models (language 'javascript')");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("with-script").count()).isZero();
        assertThatThrownBy(() -> configuration().getScriptingEngines().getScriptEngineForLanguage("groovy"))
                .hasMessageContaining("Scripts are not allowed");
    }
}
