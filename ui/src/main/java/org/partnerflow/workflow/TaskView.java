package org.partnerflow.workflow;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.partnerflow.identity.CurrentUser;
import org.partnerflow.workflow.form.CamundaFormView;

/** One task: what it is about beside its form; claim, complete, back to the inbox. */
@Route("tasks/:taskId")
@PageTitle("Task | Partnerflow")
@PermitAll
public class TaskView extends VerticalLayout implements BeforeEnterObserver {

    static final String VIEW_NAME = "task-page";

    private final TaskInbox inbox;
    private final TaskAssignments assignments;
    private final TaskCompletion completion;
    private final SubjectSummaries summaries;
    private final CurrentUser currentUser;
    private CamundaFormView form;

    public TaskView(TaskInbox inbox, TaskAssignments assignments, TaskCompletion completion, SubjectSummaries summaries,
                    CurrentUser currentUser) {
        this.inbox = inbox;
        this.assignments = assignments;
        this.completion = completion;
        this.summaries = summaries;
        this.currentUser = currentUser;
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String taskId = event.getRouteParameters().get("taskId").orElse("");
        removeAll();
        inbox.open(taskId, VIEW_NAME).ifPresentOrElse(this::show, this::showGone);
    }

    private void show(InboxTask task) {
        H2 title = new H2(task.name());
        Span state = new Span(task.isClaimed() ? "Claimed by " + task.assigneeName() : "Unclaimed: offered to your group");
        state.setId("task-state");

        form = new CamundaFormView(completion.formOf(task.id()).orElseThrow(
                () -> new IllegalStateException("Task " + task.id() + " has no form")), completion.currentValues(task.id()));
        form.setId("task-form");
        form.setWidth("36rem");
        form.getStyle().set("max-width", "100%");

        Button complete = new Button("Complete", e -> complete(task));
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.setId("complete-task");
        Button back = new Button("Back to inbox", e -> backToInbox(null));
        HorizontalLayout buttons = new HorizontalLayout(back);
        boolean mine = currentUser.id().map(id -> id.equals(task.assignee())).orElse(false);
        if (mine) {
            buttons.add(complete);
        } else if (!task.isClaimed()) {
            Button claim = new Button("Claim to work on this task", e -> claim(task));
            claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            claim.setId("claim-task");
            buttons.add(claim);
            form.setEnabled(false);
        } else {
            form.setEnabled(false);
        }

        VerticalLayout work = new VerticalLayout(form, buttons);
        work.setPadding(false);
        work.setWidth("auto");
        FlexLayout page = new FlexLayout(new SubjectSummaryPanel(summaries.forTask(task)), work);
        page.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        page.getStyle().set("gap", "var(--lumo-space-xl)");
        add(title, state, page);
    }

    private void claim(InboxTask task) {
        try {
            assignments.claim(task.id());
            WorkflowFeedback.success("Claimed: " + task.name());
        } catch (RuntimeException e) {
            WorkflowFeedback.refused(e, null);
        }
        removeAll();
        inbox.find(task.id()).ifPresentOrElse(this::show, this::showGone);
    }

    private void complete(InboxTask task) {
        Map<String, Object> values = form.values();
        try {
            completion.complete(task.id(), values);
        } catch (RuntimeException e) {
            WorkflowFeedback.refused(e, form);
            return;
        }
        backToInbox("Completed: " + task.name());
    }

    private void showGone() {
        add(new H2("This task is no longer open"),
                new Paragraph("Someone may have completed it, or it is not offered to you."),
                new RouterLink("Back to inbox", InboxView.class));
    }

    private void backToInbox(String done) {
        getUI().ifPresent(ui -> ui.navigate("",
                done == null ? QueryParameters.empty() : QueryParameters.of(InboxView.DONE_PARAMETER, done)));
    }

    CamundaFormView form() {
        return form;
    }
}
