package org.partnerflow.improvement;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.partnerflow.indicators.RegionalIndicators;
import org.partnerflow.partnership.PartnershipRegistry;
import org.partnerflow.workflow.ProcessStarts;
import org.partnerflow.workflow.StartFormPanel;
import org.partnerflow.workflow.TaskCompletion;
import org.partnerflow.workflow.WorkflowFeedback;

/** Start an improvement project: the loop's start form, its partnership choice filled from the register. */
@Route("improvement/new")
@PageTitle("Start an improvement project | Partnerflow")
@PermitAll
public class StartImprovementView extends VerticalLayout {

    public StartImprovementView(ProcessStarts starts, TaskCompletion completion, PartnershipRegistry partnerships,
                                ImprovementProjectList projects, RegionalIndicators indicators) {
        add(new H2("Start an improvement project"));
        var process = starts.forCurrentUser().stream().filter(p -> p.key().equals(ImprovementFamily.KEY)).findFirst();
        if (process.isEmpty()) {
            add(new Paragraph("Partnership leads start improvement projects."));
            return;
        }
        List<Map<String, String>> options = partnerships.register(null, null, null).stream()
                .map(p -> Map.of("label", p.getName(), "value", String.valueOf(p.getId()))).toList();
        add(new StartFormPanel(completion, process.get().definitionId(), Map.of("partnershipOptions", options, "indicatorOptions", indicators.asOptions()), "project-form",
                "Start the project", "submit-project", started -> {
                    WorkflowFeedback.success("Project started: identify the challenge from your inbox.");
                    projects.projectOf(started.getId()).ifPresent(id -> getUI().ifPresent(ui ->
                            ui.navigate(ImprovementProjectPage.class, new RouteParameters("projectId", String.valueOf(id)))));
                }));
    }
}
