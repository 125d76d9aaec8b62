package org.partnerflow.oversight;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.partnerflow.audit.InstancePaths;
import org.partnerflow.identity.Refusals;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Service;

/**
 * What the heat view shows managers: for a process, how many instances wait at each step and the
 * median time spent there. The diagram itself is the deployed BPMN, drawn in the browser by bpmn-js;
 * one instance's path is the audit's ({@link InstancePaths}).
 */
@Service
@HandleAuthorizationDenied(handlerClass = Refusals.class)
public class ProcessDiagrams {

    /** A step's heat: instances waiting there now, steps finished in the period and their median time. */
    public record Heat(String name, long waiting, long finished, long medianMillis) {
    }

    /** A process's heat view: the latest model and each step's figures. */
    public record HeatMap(String processName, String bpmnXml, Map<String, Heat> steps) {
    }

    private final RepositoryService repository;
    private final InstancePaths paths;
    private final ProcessStatistics statistics;
    private final Clock clock;

    ProcessDiagrams(RepositoryService repository, InstancePaths paths, ProcessStatistics statistics, Clock clock) {
        this.repository = repository;
        this.paths = paths;
        this.statistics = statistics;
        this.clock = clock;
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
        return Optional.of(new HeatMap(latest.getName() == null ? processKey : latest.getName(), paths.model(latest.getId()), steps));
    }

    private static String orId(String name, String id) {
        return name == null || name.isBlank() ? id : name;
    }
}
