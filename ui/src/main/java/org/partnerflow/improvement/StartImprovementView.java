package org.partnerflow.improvement;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.partnerflow.MainLayout;
import org.partnerflow.partnership.PartnershipRegistry;
import org.partnerflow.workflow.ProcessStarts;
import org.partnerflow.workflow.TaskCompletion;
import org.partnerflow.workflow.WorkflowFeedback;
import org.partnerflow.workflow.form.CamundaFormView;

/** Start an improvement project: the loop's start form, its partnership choice filled from the register. */
@Route(value = "improvement/new", layout = MainLayout.class)
@PageTitle("Start an improvement project | Partnerflow")
@PermitAll
public class StartImprovementView extends VerticalLayout {

    private final TaskCompletion completion;
    private final ImprovementProjects projects;
    private CamundaFormView form;

    public StartImprovementView(ProcessStarts starts, TaskCompletion completion, PartnershipRegistry partnerships,
                                ImprovementProjects projects) {
        this.completion = completion;
        this.projects = projects;
        add(new H2("Start an improvement project"));
        var process = starts.forCurrentUser().stream().filter(p -> p.key().equals("action-research")).findFirst();
        if (process.isEmpty()) {
            add(new Paragraph("Partnership leads start improvement projects."));
            return;
        }
        List<Map<String, String>> options = partnerships.register(null, null, null).stream()
                .map(p -> Map.of("label", p.getName(), "value", String.valueOf(p.getId()))).toList();
        String definitionId = process.get().definitionId();
        form = new CamundaFormView(completion.startFormOf(definitionId).orElseThrow(), Map.of("partnershipOptions", options));
        form.setId("project-form");
        form.setWidth("44rem");
        form.getStyle().set("max-width", "100%");
        Button start = new Button("Start the project", e -> start(definitionId));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("submit-project");
        add(form, start);
    }

    private void start(String definitionId) {
        ProcessInstance started;
        try {
            started = completion.start(definitionId, form.values());
        } catch (RuntimeException e) {
            WorkflowFeedback.refused(e, form);
            return;
        }
        WorkflowFeedback.success("Project started: identify the challenge from your inbox.");
        projects.findByProcessInstanceId(started.getId()).ifPresent(p -> getUI().ifPresent(ui ->
                ui.navigate(ImprovementProjectPage.class, new RouteParameters("projectId", String.valueOf(p.getId())))));
    }
}
