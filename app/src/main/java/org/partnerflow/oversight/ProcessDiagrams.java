package org.partnerflow.oversight;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.partnerflow.identity.Refusals;
import org.partnerflow.workflow.PartnerflowEnginePlugin;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Service;

/**
 * What the process diagrams show managers: for one instance, the steps it has been through and the
 * ones it is at; for a process, how many instances wait at each step and the median time spent there
 * (the heat view). The diagram itself is the deployed BPMN, drawn in the browser by bpmn-js.
 */
@Service
@HandleAuthorizationDenied(handlerClass = Refusals.class)
public class ProcessDiagrams {

    /** One instance's steps: far fewer than the engine's cap on a query. */
    static final int ACTIVITY_LIMIT = PartnerflowEnginePlugin.QUERY_MAX_RESULTS;

    /** One instance's path: the deployed model, the steps finished and the steps it is at now. */
    public record InstancePath(String bpmnXml, Set<String> completed, Set<String> current) {
    }

    /** A step's heat: instances waiting there now, steps finished in the period and their median time. */
    public record Heat(String name, long waiting, long finished, long medianMillis) {
    }

    /** A process's heat view: the latest model and each step's figures. */
    public record HeatMap(String processName, String bpmnXml, Map<String, Heat> steps) {
    }

    private final RepositoryService repository;
    private final HistoryService history;
    private final ProcessStatistics statistics;
    private final Clock clock;

    ProcessDiagrams(RepositoryService repository, HistoryService history, ProcessStatistics statistics, Clock clock) {
        this.repository = repository;
        this.history = history;
        this.statistics = statistics;
        this.clock = clock;
    }

    @PreAuthorize("@permissions.mayOversee()")
    public Optional<InstancePath> instance(String processInstanceId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            return Optional.empty();
        }
        Set<String> completed = new LinkedHashSet<>();
        Set<String> current = new LinkedHashSet<>();
        for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime().asc().listPage(0, ACTIVITY_LIMIT)) {
            if (a.getActivityId().contains("#")) {
                continue; // multi-instance bodies are drawn as their activity
            }
            (a.getEndTime() == null ? current : completed).add(a.getActivityId());
        }
        completed.removeAll(current);
        return Optional.of(new InstancePath(xml(instance.getProcessDefinitionId()), completed, current));
    }

    @PreAuthorize("@permissions.mayOversee()")
    public Optional<HeatMap> heat(String processKey) {
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion().singleResult();
        if (latest == null) {
            return Optional.empty();
        }
        Map<String, Heat> steps = new LinkedHashMap<>();
        List<ProcessStatistics.StepDuration> durations = statistics.durations(processKey, clock.instant().minus(OversightDashboard.PERIOD), false);
        durations.forEach(d -> steps.put(d.activityId(), new Heat(orId(d.activityName(), d.activityId()), 0, d.finished(), d.medianMillis())));
        statistics.waiting(processKey).forEach(w -> steps.merge(w.activityId(), new Heat(orId(w.activityName(), w.activityId()), w.instances(), 0, 0),
                (had, now) -> new Heat(had.name(), now.waiting(), had.finished(), had.medianMillis())));
        return Optional.of(new HeatMap(latest.getName() == null ? processKey : latest.getName(), xml(latest.getId()), steps));
    }

    private static String orId(String name, String id) {
        return name == null || name.isBlank() ? id : name;
    }

    private String xml(String processDefinitionId) {
        try (InputStream in = repository.getProcessModel(processDefinitionId)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
