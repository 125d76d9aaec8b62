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
import org.partnerflow.identity.Role;
import org.partnerflow.oversight.OversightDashboard.Count;
import org.partnerflow.oversight.OversightDashboard.PartnershipStanding;
import org.partnerflow.oversight.ProcessStatistics.Overdue;
import org.partnerflow.oversight.ProcessStatistics.StepDuration;
import org.partnerflow.oversight.ProcessStatistics.Waiting;
import org.partnerflow.improvement.ImprovementFamily;
import org.partnerflow.workflow.ProcessFamilies;
import org.partnerflow.workflow.ProcessFamily;
import org.partnerflow.words.Words;

/**
 * The managers' dashboard: where cases are, where work is overdue and whose it is, which timescales
 * were missed, how long each step takes, and how partnerships and improvement projects stand.
 */
@Route("oversight")
@PageTitle("Oversight | Partnerflow")
@Menu(order = 100, title = "Oversight", icon = "vaadin:dashboard")
@RolesAllowed({"manager", "admin"})
public class OversightView extends VerticalLayout {

    private final OversightDashboard dashboard;
    private final ProcessFamilies families;

    public OversightView(OversightDashboard dashboard, ProcessFamilies families, ImprovementFamily improvement, People people) {
        this.dashboard = dashboard;
        this.families = families;
        long days = OversightDashboard.PERIOD.toDays();
        add(new H2("Oversight"));
        add(section("Open cases by stage", counts("open-cases", dashboard.openCasesByStage(), Words::of, "Stage", "Cases"),
                "No open cases."));
        FlexLayout overdue = new FlexLayout(
                titled("Unclaimed, by team", overdue("overdue-by-team", dashboard.overdueTasksByTeam(), "Team",
                        group -> Role.ofGroup(group).map(Words::of).orElse(group))),
                titled("Claimed, by person", overdue("overdue-by-person", dashboard.overdueTasksByPerson(), "Person", people.names())));
        overdue.getStyle().set("gap", "var(--lumo-space-l)").set("flex-wrap", "wrap");
        add(new H3("Overdue tasks"), overdue);
        add(section("Timescales missed in the last " + days + " days",
                counts("timescale-breaches", dashboard.timescaleBreaches(), Function.identity(), "Step", "Times missed"),
                "No timescale missed."));
        add(new H3("Throughput and median time per step, last " + days + " days"), throughput());
        add(section("Partnerships by status", counts("partnerships-by-status", dashboard.partnershipsByStatus(), Words::of,
                "Status", "Partnerships"), "No partnerships."));
        add(runningPartnerships());
        add(section("Improvement projects by status", counts("projects-by-status", dashboard.projectsByStatus(), Words::of,
                "Status", "Projects"), "No projects."));
        add(section("Running projects by the step they are at", waiting("projects-by-step", dashboard.waiting(improvement.processKey())),
                "No project is running."));
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

    private Component runningPartnerships() {
        Grid<PartnershipStanding> grid = new Grid<>(PartnershipStanding.class, false);
        grid.setId("running-partnerships");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(PartnershipStanding::name).setHeader("Partnership").setFlexGrow(2);
        grid.addColumn(p -> Words.of(p.status())).setHeader("Status").setAutoWidth(true);
        grid.addColumn(p -> p.latestCycle() == null ? "Not yet evaluated" : "Cycle " + p.latestCycle()
                + (p.decision() == null ? " (open)" : ": " + Words.of(p.decision()).toLowerCase())).setHeader("Latest evaluation").setAutoWidth(true);
        grid.addColumn(p -> p.meanRating() == null ? "" : String.format(java.util.Locale.UK, "%.1f of 6", p.meanRating()))
                .setHeader("Mean rating").setAutoWidth(true);
        grid.setEmptyStateText("No partnership is running.");
        grid.setItems(dashboard.runningPartnerships());
        return titled("Running partnerships and their latest evaluation", grid);
    }

    private static <T> Grid<Count<T>> counts(String id, List<Count<T>> rows, Function<T, String> words, String what, String how) {
        Grid<Count<T>> grid = new Grid<>();
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(c -> words.apply(c.what())).setHeader(what).setAutoWidth(true);
        grid.addColumn(Count::count).setHeader(how).setAutoWidth(true);
        grid.setItems(rows);
        grid.setWidth("28rem");
        return grid;
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

    static Grid<Waiting> waiting(String id, List<Waiting> rows) {
        Grid<Waiting> grid = new Grid<>(Waiting.class, false);
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(w -> w.activityName() == null ? w.activityId() : w.activityName()).setHeader("Step").setAutoWidth(true);
        grid.addColumn(Waiting::instances).setHeader("Waiting there").setAutoWidth(true);
        grid.setItems(rows);
        grid.setWidth("28rem");
        return grid;
    }

    private static Component section(String title, Grid<?> grid, String empty) {
        grid.setEmptyStateText(empty);
        return titled(title, grid);
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
