package org.partnerflow.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;

/**
 * One record's process drawn beside its history: the deployed model, the steps it has been through
 * and the ones it is at. Managers and administrators only, as the history itself.
 */
@Service
public class InstancePaths {

    /** One instance's path: the deployed model, the steps finished and the steps it is at now. */
    public record InstancePath(String bpmnXml, Set<String> completed, Set<String> current) {
    }

    private final RepositoryService repository;
    private final HistoryService history;
    private final HistoryTimeline timelines;

    InstancePaths(RepositoryService repository, HistoryService history, HistoryTimeline timelines) {
        this.repository = repository;
        this.history = history;
        this.timelines = timelines;
    }

    /**
     * One instance's path, or empty if there is none or it is a record the signed-in overseer may
     * not audit (another council's child's case): the two look the same.
     */
    public Optional<InstancePath> of(String processInstanceId) {
        if (!timelines.mayAudit()) {
            throw new AuthorizationException("Only managers and administrators see the process diagrams.");
        }
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        if (instance == null || !timelines.mayAuditProcess(processInstanceId)) {
            return Optional.empty();
        }
        Set<String> completed = new LinkedHashSet<>();
        Set<String> current = new LinkedHashSet<>();
        // One instance's steps: far fewer than the bound on any history source.
        for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime().asc().listPage(0, HistoryTimeline.LIMIT_PER_SOURCE)) {
            if (a.getActivityId().contains("#")) {
                continue; // multi-instance bodies are drawn as their activity
            }
            (a.getEndTime() == null ? current : completed).add(a.getActivityId());
        }
        completed.removeAll(current);
        return Optional.of(new InstancePath(model(instance.getProcessDefinitionId()), completed, current));
    }

    /** The deployed BPMN of a process definition, as bpmn-js draws it. */
    public String model(String processDefinitionId) {
        try (InputStream in = repository.getProcessModel(processDefinitionId)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
