package org.partnerflow.workflow;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.partnerflow.identity.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * Which processes the signed-in person may start: each model names its starters with
 * {@code camunda:candidateStarterGroups}, so the rule lives in the BPMN next to the process.
 */
@Service
public class ProcessStarts {

    /** A process someone may start from the UI. */
    public record StartableProcess(String definitionId, String key, String name) {
    }

    private final RepositoryService repositoryService;
    private final CurrentUser currentUser;

    public ProcessStarts(RepositoryService repositoryService, CurrentUser currentUser) {
        this.repositoryService = repositoryService;
        this.currentUser = currentUser;
    }

    public List<StartableProcess> forCurrentUser() {
        return repositoryService.createProcessDefinitionQuery()
                .latestVersion()
                .active()
                .startableByUser(currentUser.requireId())
                .orderByProcessDefinitionName().asc()
                .listPage(0, PartnerflowEnginePlugin.QUERY_MAX_RESULTS).stream()
                .map(d -> new StartableProcess(d.getId(), d.getKey(), d.getName() != null ? d.getName() : d.getKey()))
                .toList();
    }
}
