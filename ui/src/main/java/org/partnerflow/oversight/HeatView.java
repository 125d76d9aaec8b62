package org.partnerflow.oversight;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnerflow.BpmnDiagram;
import org.partnerflow.oversight.ProcessDiagrams.Heat;
import org.partnerflow.oversight.ProcessDiagrams.HeatMap;

/**
 * A process's heat view: on its diagram, each step coloured by how many instances wait there now,
 * labelled with that number and the median time the step took in the last 90 days; the same figures
 * in a table beneath, for reading aloud and sorting.
 */
@Route("oversight/heat/:processKey")
@PageTitle("Where work waits | Partnerflow")
@RolesAllowed({"manager", "admin"})
public class HeatView extends VerticalLayout implements BeforeEnterObserver {

    private final ProcessDiagrams diagrams;

    public HeatView(ProcessDiagrams diagrams) {
        this.diagrams = diagrams;
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String key = event.getRouteParameters().get("processKey").orElse("");
        HeatMap heat = diagrams.heat(key).orElse(null);
        if (heat == null) {
            add(new H2("No such process"), new Paragraph("There is no process " + key + "."));
            return;
        }
        add(new H2("Where work waits: " + heat.processName()));
        add(new Paragraph("Darker steps have more instances waiting now. Labels: waiting now · median time the step took in the last "
                + OversightDashboard.PERIOD.toDays() + " days."));
        add(diagram(heat), table(heat.steps()));
    }

    static BpmnDiagram diagram(HeatMap heat) {
        long most = heat.steps().values().stream().mapToLong(Heat::waiting).max().orElse(0);
        List<BpmnDiagram.Marker> markers = new ArrayList<>();
        List<BpmnDiagram.Overlay> overlays = new ArrayList<>();
        heat.steps().forEach((id, h) -> {
            if (h.waiting() > 0) {
                markers.add(new BpmnDiagram.Marker(id, "pf-heat-" + level(h.waiting(), most)));
            }
            if (h.waiting() > 0 || h.finished() > 0) {
                overlays.add(new BpmnDiagram.Overlay(id, label(h)));
            }
        });
        long waiting = heat.steps().values().stream().mapToLong(Heat::waiting).sum();
        BpmnDiagram diagram = new BpmnDiagram(heat.bpmnXml(), markers, overlays,
                heat.processName() + ": " + waiting + " instances waiting across " + markers.size() + " steps. The table below lists each step.");
        diagram.setId("heat-diagram");
        return diagram;
    }

    /** 1 to 3: a third of the busiest step's count or less is 1, more than two thirds is 3. */
    static int level(long waiting, long most) {
        return most == 0 ? 1 : (int) Math.max(1, Math.min(3, Math.ceil(3.0 * waiting / most)));
    }

    static String label(Heat h) {
        return h.waiting() + " waiting" + (h.finished() > 0 ? " · median " + OversightView.duration(h.medianMillis()) : "");
    }

    private static Grid<Map.Entry<String, Heat>> table(Map<String, Heat> steps) {
        Grid<Map.Entry<String, Heat>> grid = new Grid<>();
        grid.setId("heat-table");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> e.getValue().name()).setHeader("Step").setAutoWidth(true);
        grid.addColumn(e -> e.getValue().waiting()).setHeader("Waiting now").setAutoWidth(true).setSortable(true);
        grid.addColumn(e -> e.getValue().finished()).setHeader("Finished (period)").setAutoWidth(true);
        grid.addColumn(e -> e.getValue().finished() == 0 ? "" : OversightView.duration(e.getValue().medianMillis())).setHeader("Median time")
                .setAutoWidth(true);
        grid.setItems(new ArrayList<>(steps.entrySet()));
        return grid;
    }
}
