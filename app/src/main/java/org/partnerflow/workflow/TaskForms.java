package org.partnerflow.workflow;

import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.task.Task;
import org.partnerflow.workflow.form.CamundaForm;
import org.partnerflow.workflow.form.CamundaFormReader;

/**
 * Finds the Camunda Form of a task or a start event ({@code camunda:formRef}, deployed with the
 * process) and caches it per process definition and activity: with {@code formRefBinding="deployment"}
 * that pair always yields the same form.
 */
public class TaskForms {

    private final Supplier<? extends ProcessEngineServices> engine;
    private final Map<String, Optional<CamundaForm>> cache = new ConcurrentHashMap<>();

    public TaskForms(Supplier<? extends ProcessEngineServices> engine) {
        this.engine = engine;
    }

    /** @param task a task loaded with {@code initializeFormKeys()} */
    public Optional<CamundaForm> formOf(Task task) {
        if (task.getCamundaFormRef() == null) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
                k -> Optional.of(read(engine.get().getFormService().getDeployedTaskForm(task.getId()))));
    }

    public Optional<CamundaForm> startFormOf(String processDefinitionId) {
        return cache.computeIfAbsent(processDefinitionId + "#start", k -> {
            FormService forms = engine.get().getFormService();
            var startForm = forms.getStartFormData(processDefinitionId);
            if (startForm == null || startForm.getCamundaFormRef() == null) {
                return Optional.empty();
            }
            return Optional.of(read(forms.getDeployedStartForm(processDefinitionId)));
        });
    }

    private static CamundaForm read(InputStream json) {
        return CamundaFormReader.read(json);
    }
}
