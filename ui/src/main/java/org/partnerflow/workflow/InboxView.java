package org.partnerflow.workflow;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.Date;
import java.util.Locale;
import org.partnerflow.workflow.TaskAssignments.Colleague;
import org.partnerflow.workflow.TaskInbox.Filter;
import org.partnerflow.words.Words;

/**
 * The landing page: my tasks and my groups' unclaimed tasks, overdue first. The grid pages lazily
 * from the engine; nothing loads every task.
 */
@Route("")
@PageTitle("Inbox | Partnerflow")
@Menu(order = 10, title = "Inbox", icon = "vaadin:inbox")
@PermitAll
public class InboxView extends VerticalLayout implements BeforeEnterObserver {

    /** Query parameter by which a view that completed or started something says what it was. */
    public static final String DONE_PARAMETER = "done";

    // British dates whatever the server's default locale, as on the case page.

    private final TaskInbox inbox;
    private final TaskAssignments assignments;
    private final Grid<InboxTask> grid = new Grid<>(InboxTask.class, false);
    private final Select<TaskInbox.ProcessChoice> process = new Select<>();
    private final TextField search = new TextField();
    private final Span howMany = new Span();
    private Filter filter = Filter.NONE;

    public InboxView(TaskInbox inbox, TaskAssignments assignments) {
        this.inbox = inbox;
        this.assignments = assignments;
        setSizeFull();

        process.setLabel("Process");
        process.setId("inbox-process");
        process.setItems(inbox.processes());
        process.setItemLabelGenerator(p -> p == null ? "All processes" : p.name());
        process.setEmptySelectionAllowed(true);
        process.setEmptySelectionCaption("All processes");
        process.addValueChangeListener(e -> applyFilter());

        search.setLabel("Search tasks and subjects");
        search.setId("inbox-search");
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> applyFilter());

        howMany.setId("inbox-count");
        HorizontalLayout filters = new HorizontalLayout(search, process, howMany);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        configureGrid();
        add(new H2("Inbox"), filters, grid);
        refresh();
    }

    /*
     * The due date and the actions are templates rendered in the browser (LitRenderer), not server-side
     * components: a component column keeps layouts, spans and buttons for every fetched row, about 17 KB
     * a row, which made a session with a full page weigh a megabyte (docs/performance.md, workload e).
     * Lit escapes every value it puts in the page.
     */
    private static LitRenderer<InboxTask> dueRenderer() {
        // Said in words, not by colour alone.
        return LitRenderer.<InboxTask>of("<span theme=\"badge error\" ?hidden=${!item.overdue}>${item.overdue}</span>"
                        + " <span theme=\"badge contrast\" ?hidden=${!item.reminded}>${item.reminded}</span> <span>${item.due}</span>")
                .withProperty("overdue", t -> t.isOverdue(new Date()) ? "Overdue" : "")
                .withProperty("reminded", t -> t.isReminded(new Date()) ? "Reminder sent" : "")
                .withProperty("due", t -> t.due() == null ? "–" : Words.date(t.due()));
    }

    private LitRenderer<InboxTask> actionsRenderer() {
        return LitRenderer.<InboxTask>of("<vaadin-horizontal-layout theme=\"spacing\">"
                        + "<vaadin-button theme=\"small primary\" aria-label=\"Open ${item.name}\" @click=${open}>Open</vaadin-button>"
                        + "<vaadin-button theme=\"small\" aria-label=\"Claim ${item.name}\" ?hidden=${item.claimed} @click=${claim}>Claim</vaadin-button>"
                        + "<vaadin-button theme=\"small\" aria-label=\"Unclaim ${item.name}\" ?hidden=${!item.claimed} @click=${unclaim}>Unclaim</vaadin-button>"
                        + "<vaadin-button theme=\"small\" aria-label=\"Hand over ${item.name}\" @click=${handOver}>Hand over</vaadin-button>"
                        + "</vaadin-horizontal-layout>")
                .withProperty("name", InboxTask::name)
                .withProperty("claimed", InboxTask::isClaimed)
                .withFunction("open", this::open)
                .withFunction("claim", task -> run(() -> assignments.claim(task.id()), "Claimed: " + task.name()))
                .withFunction("unclaim", task -> run(() -> assignments.unclaim(task.id()), "Given back to the group: " + task.name()))
                .withFunction("handOver", this::handOver);
    }

    private void configureGrid() {
        grid.setId("inbox");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(50);
        grid.addColumn(InboxTask::name).setHeader("Task").setKey("task").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(t -> t.subject() == null ? "" : t.subject()).setHeader("Subject").setKey("subject").setFlexGrow(3);
        grid.addColumn(InboxTask::processName).setHeader("Process").setAutoWidth(true);
        grid.addColumn(dueRenderer()).setHeader("Due").setKey("due").setAutoWidth(true);
        grid.addColumn(t -> t.assigneeName() == null ? "Unclaimed" : t.assigneeName()).setHeader("Assignee").setAutoWidth(true);
        grid.addColumn(actionsRenderer()).setHeader("Actions").setKey("actions").setAutoWidth(true);
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.setEmptyStateText("Nothing waiting for you.");
    }



    private void handOver(InboxTask task) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Hand over: " + task.name());
        ComboBox<Colleague> colleague = new ComboBox<>("Colleague");
        colleague.setId("hand-over-colleague");
        colleague.setItems(assignments.colleagues(task.id()));
        colleague.setItemLabelGenerator(Colleague::name);
        colleague.setWidthFull();
        dialog.add(colleague);
        Button confirm = new Button("Hand over", e -> {
            if (colleague.getValue() == null) {
                colleague.setInvalid(true);
                colleague.setErrorMessage("Choose the colleague to hand this task to.");
                return;
            }
            if (run(() -> assignments.handOver(task.id(), colleague.getValue().id()),
                    "Handed over to " + colleague.getValue().name() + ": " + task.name())) {
                dialog.close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("hand-over-confirm");
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
    }

    /** Runs an inbox action, says what happened, and refreshes. */
    private boolean run(Runnable action, String confirmation) {
        try {
            action.run();
            WorkflowFeedback.success(confirmation);
            return true;
        } catch (RuntimeException e) {
            WorkflowFeedback.refused(e, null);
            return false;
        } finally {
            refresh();
        }
    }

    private void open(InboxTask task) {
        getUI().ifPresent(ui -> ui.navigate(TaskView.class, new RouteParameters("taskId", task.id())));
    }

    private void applyFilter() {
        filter = new Filter(process.getValue() == null ? null : process.getValue().key(), search.getValue());
        refresh();
    }

    private void refresh() {
        Filter current = filter;
        long upTo = inbox.countedUpTo();
        long counted = inbox.countUpTo(current, upTo);
        if (counted <= upTo) {
            howMany.setText(counted == 1 ? "1 task" : String.format(Locale.UK, "%,d tasks", counted));
            // The grid is given the count just made: every change to the inbox comes back through here.
            grid.setItems(query -> inbox.page(current, query.getOffset(), query.getLimit()).stream(), query -> (int) counted);
        } else {
            // Counting every task of a huge inbox would cost more than the page: the grid grows as it scrolls.
            howMany.setText(String.format(Locale.UK, "More than %,d tasks", upTo));
            grid.setItems(query -> inbox.page(current, query.getOffset(), query.getLimit()).stream());
            grid.getLazyDataView().setItemCountEstimate((int) Math.min(Integer.MAX_VALUE, upTo + 1));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(DONE_PARAMETER)
                .ifPresent(WorkflowFeedback::success);
    }

    Grid<InboxTask> grid() {
        return grid;
    }
}
