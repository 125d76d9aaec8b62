package org.partnerflow.oversight;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.partnerflow.identity.People;
import org.partnerflow.oversight.ProcessStatistics.Overdue;
import org.partnerflow.oversight.ProcessStatistics.StepDuration;
import org.partnerflow.workflow.OversightFigure;
import org.partnerflow.workflow.OversightFigure.Row;
import org.partnerflow.workflow.ProcessFamilies;
import org.partnerflow.workflow.ProcessFamily;

/**
 * The managers' dashboard: each process family's own figures (where cases are, which timescales were
 * missed, how partnerships and improvement projects stand), then where work is overdue and whose it
 * is, how long each step takes and where work waits on the diagrams.
 */
@Route("oversight")
@PageTitle("Oversight | Partnerflow")
@Menu(order = 100, title = "Oversight", icon = "vaadin:dashboard")
@RolesAllowed({"manager", "admin"})
public class OversightView extends VerticalLayout {

    private final OversightDashboard dashboard;
    private final ProcessFamilies families;

    public OversightView(OversightDashboard dashboard, ProcessFamilies families, People people) {
        this.dashboard = dashboard;
        this.families = families;
        add(new H2("Oversight"));
        // Each family's own figures, in family order; then what is no one family's.
        families.all().forEach(f -> f.oversightFigures().forEach(figure -> add(figure(figure))));
        FlexLayout overdue = new FlexLayout(
                titled("Unclaimed, by team", overdue("overdue-by-team", dashboard.overdueTasksByTeam(), "Team",
                        people::teamName)),
                titled("Claimed, by person", overdue("overdue-by-person", dashboard.overdueTasksByPerson(), "Person", people.names())));
        overdue.getStyle().set("gap", "var(--lumo-space-l)").set("flex-wrap", "wrap");
        add(new H3("Overdue tasks"), overdue);
        add(new H3("Throughput and median time per step, last " + OversightDashboard.PERIOD.toDays() + " days"), throughput());
        Div diagrams = new Div(new Paragraph("Where work waits, on the process diagrams: "));
        families.all().forEach(f -> {
            Anchor a = new Anchor("oversight/heat/" + f.processKey(), f.displayName());
            a.setId("heat-" + f.processKey());
            a.getStyle().set("margin-right", "var(--lumo-space-m)");
            diagrams.add(a);
        });
        add(diagrams);
    }

    private Component throughput() {
        Select<ProcessFamily> process = new Select<>();
        process.setLabel("Process");
        process.setId("throughput-process");
        process.setItems(families.all());
        process.setItemLabelGenerator(ProcessFamily::displayName);
        Grid<StepDuration> grid = new Grid<>(StepDuration.class, false);
        grid.setId("throughput");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(StepDuration::activityName).setHeader("Step").setFlexGrow(2);
        grid.addColumn(StepDuration::finished).setHeader("Finished").setAutoWidth(true);
        grid.addColumn(s -> duration(s.medianMillis())).setHeader("Median time").setAutoWidth(true);
        grid.setEmptyStateText("No step of this process finished in the period.");
        process.addValueChangeListener(e -> grid.setItems(dashboard.throughput(e.getValue().processKey())));
        process.setValue(families.all().get(0));
        return new VerticalLayout(process, grid);
    }

    /** A family's figure as a table; a line with an address opens it. */
    private Component figure(OversightFigure figure) {
        Grid<Row> grid = new Grid<>();
        grid.setId(figure.id());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        List<String> headings = figure.headings();
        for (int i = 0; i < headings.size(); i++) {
            int cell = i;
            // The first column says what a line is about; on wide tables it takes the room.
            grid.addColumn(r -> cell < r.cells().size() ? r.cells().get(cell) : "").setHeader(headings.get(i))
                    .setAutoWidth(true).setFlexGrow(cell == 0 && headings.size() > 2 ? 2 : 0);
        }
        if (headings.size() <= 2) {
            grid.setWidth("28rem");
        }
        if (figure.rows().stream().anyMatch(r -> r.address() != null)) {
            grid.addItemClickListener(e -> {
                if (e.getItem().address() != null) {
                    getUI().ifPresent(ui -> ui.navigate(e.getItem().address()));
                }
            });
        }
        grid.setEmptyStateText(figure.whenEmpty());
        grid.setItems(figure.rows());
        return titled(figure.title(), grid);
    }

    private static Grid<Overdue> overdue(String id, List<Overdue> rows, String who, Function<String, String> name) {
        Grid<Overdue> grid = new Grid<>(Overdue.class, false);
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(o -> name.apply(o.who())).setHeader(who).setAutoWidth(true);
        grid.addColumn(Overdue::tasks).setHeader("Overdue tasks").setAutoWidth(true);
        grid.setEmptyStateText("Nothing overdue.");
        grid.setItems(rows);
        grid.setWidth("24rem");
        return grid;
    }

    private static Component titled(String title, Component content) {
        return new Div(new H3(title), content);
    }

    /** A duration as managers read it: "3 d 4 h", "2 h 5 min", "40 s". */
    static String duration(long millis) {
        Duration d = Duration.ofMillis(millis);
        if (d.toDays() > 0) {
            return d.toDays() + " d " + d.toHoursPart() + " h";
        }
        if (d.toHours() > 0) {
            return d.toHours() + " h " + d.toMinutesPart() + " min";
        }
        if (d.toMinutes() > 0) {
            return d.toMinutes() + " min";
        }
        return d.toSeconds() + " s";
    }
}
