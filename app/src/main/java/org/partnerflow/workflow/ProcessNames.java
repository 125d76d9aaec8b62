package org.partnerflow.workflow;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/** The deployed processes by key and name, as the inbox names and narrows by them. */
@Component
class ProcessNames {

    /** A deployed process definition's key and the name people read (its key when it has none). */
    record Definition(String key, String name) {
    }

    private final RepositoryService repositoryService;
    private final Map<String, Definition> definitions = new ConcurrentHashMap<>();

    ProcessNames(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    /** The latest version of each deployed process, by name. */
    List<Definition> latest() {
        return repositoryService.createProcessDefinitionQuery().latestVersion()
                .orderByProcessDefinitionName().asc().listPage(0, PartnerflowEnginePlugin.QUERY_MAX_RESULTS).stream()
                .map(ProcessNames::of)
                .toList();
    }

    // Process definitions never change once deployed, so each is read once.
    Definition of(String processDefinitionId) {
        if (processDefinitionId == null) {
            return new Definition("", "");
        }
        return definitions.computeIfAbsent(processDefinitionId, id -> of(repositoryService.getProcessDefinition(id)));
    }

    private static Definition of(ProcessDefinition d) {
        return new Definition(d.getKey(), d.getName() != null ? d.getName() : d.getKey());
    }
}
