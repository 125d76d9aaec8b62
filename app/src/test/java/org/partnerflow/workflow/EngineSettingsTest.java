package org.partnerflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.task.Task;
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

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    @Test
    void historyIsFullAndCleanedUpNightlyHonouringEachProcesssTimeToLive() {
        assertThat(configuration().getHistoryLevel()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
        assertThat(configuration().getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
        assertThat(configuration().getHistoryCleanupBatchWindowEndTime()).isEqualTo("06:00");
        assertThat(configuration().isEnforceHistoryTimeToLive()).isTrue();
        for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().list()) {
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
}
