package org.partnerflow.workflow;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.partnerflow.MenuCondition;
import org.partnerflow.workflow.ProcessStarts.StartableProcess;
import org.partnerflow.workflow.form.CamundaFormView;
import org.springframework.stereotype.Component;

/**
 * Start a piece of work: the processes this person's roles may start. A process family has its own
 * start page, which fills in what its form needs; any other process starts here from its start form.
 */
@Route("start")
@PageTitle("Start work | Partnerflow")
@Menu(order = 90, title = "Start work", icon = "vaadin:plus-circle")
@PermitAll
public class StartView extends VerticalLayout {

    private final ProcessStarts starts;
    private final TaskCompletion completion;
    private final VerticalLayout startForm = new VerticalLayout();
    private CamundaFormView form;

    public StartView(ProcessStarts starts, TaskCompletion completion, ProcessFamilies families) {
        this.starts = starts;
        this.completion = completion;
        add(new H2("Start work"));
        List<StartableProcess> processes = starts.forCurrentUser();
        if (processes.isEmpty()) {
            add(new Paragraph("Your roles do not start any process; your work arrives in the inbox."));
            return;
        }
        HorizontalLayout choices = new HorizontalLayout();
        choices.setId("startable-processes");
        choices.setWrap(true);
        for (StartableProcess process : processes) {
            Button choose = families.byKey(process.key())
                    .map(f -> new Button(process.name(), e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(f.startPage()))))
                    .orElseGet(() -> new Button(process.name(), e -> choose(process)));
            choose.getElement().setAttribute("aria-label", "Start " + process.name());
            choices.add(choose);
        }
        startForm.setPadding(false);
        add(choices, startForm);
    }

    private void choose(StartableProcess process) {
        startForm.removeAll();
        form = completion.startFormOf(process.definitionId())
                .map(f -> new CamundaFormView(f, Map.of()))
                .orElse(null);
        Button start = new Button("Start", e -> start(process));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("start-process");
        startForm.add(new H2(process.name()));
        if (form != null) {
            form.setId("start-form");
            form.setWidth("36rem");
            form.getStyle().set("max-width", "100%");
            startForm.add(form);
        }
        startForm.add(start);
    }

    private void start(StartableProcess process) {
        // Roles can change while the page is open: the engine's guard checks start rights on every start.
        try {
            completion.start(process.definitionId(), form == null ? Map.of() : form.values());
        } catch (RuntimeException e) {
            WorkflowFeedback.refused(e, form);
            return;
        }
        getUI().ifPresent(ui -> ui.navigate("", QueryParameters.of(InboxView.DONE_PARAMETER, "Started: " + process.name())));
    }

    /** The entry shows to those whose roles start something; everyone else's work arrives in the inbox. */
    @Component
    static class ShownTo implements MenuCondition {

        private final ProcessStarts starts;

        ShownTo(ProcessStarts starts) {
            this.starts = starts;
        }

        @Override
        public Class<StartView> view() {
            return StartView.class;
        }

        @Override
        public boolean shown() {
            return !starts.forCurrentUser().isEmpty();
        }
    }
}
