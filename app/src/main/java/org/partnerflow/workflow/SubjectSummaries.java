package org.partnerflow.workflow;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/** Finds the summary of a task's subject from the feature that owns its process. */
@Service
public class SubjectSummaries {

    private final List<SubjectSummaryProvider> providers;
    private final TaskService taskService;

    public SubjectSummaries(List<SubjectSummaryProvider> providers, TaskService taskService) {
        this.providers = providers;
        this.taskService = taskService;
    }

    /** The subject of the task; its description (the subject line) when no feature knows it. */
    public SubjectSummary forTask(InboxTask task) {
        Task engineTask = taskService.createTaskQuery().taskId(task.id()).singleResult();
        if (engineTask != null) {
            for (SubjectSummaryProvider provider : providers) {
                if (provider.summarises(task.processDefinitionKey())) {
                    var summary = provider.summarise(engineTask.getProcessInstanceId());
                    if (summary.isPresent()) {
                        return summary.get();
                    }
                }
            }
        }
        return new SubjectSummary(task.subject() != null ? task.subject() : task.name(),
                List.of(new SubjectSummary.Fact("Process", task.processName())));
    }
}
