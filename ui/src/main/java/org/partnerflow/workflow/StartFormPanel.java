package org.partnerflow.workflow;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.partnerflow.workflow.form.CamundaFormView;

/**
 * A process's start form with its start button, for the views that start one process (propose a
 * partnership, start an improvement project): a refusal marks the fields and says why; on success the
 * view is told which process started.
 */
public class StartFormPanel extends VerticalLayout {

    private final CamundaFormView form;

    /**
     * @param initial the form's starting values and the options of its {@code valuesKey} fields
     */
    public StartFormPanel(TaskCompletion completion, String definitionId, Map<String, Object> initial, String formId,
                          String buttonText, String buttonId, Consumer<ProcessInstance> onStarted) {
        setPadding(false);
        form = new CamundaFormView(completion.startFormOf(definitionId).orElseThrow(), initial);
        form.setId(formId);
        form.setWidth("44rem");
        form.getStyle().set("max-width", "100%");
        Button start = new Button(buttonText, e -> {
            ProcessInstance started;
            try {
                started = completion.start(definitionId, form.values());
            } catch (RuntimeException problem) {
                WorkflowFeedback.refused(problem, form);
                return;
            }
            onStarted.accept(started);
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId(buttonId);
        add(form, start);
    }
}
