package org.partnerflow.improvement;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.partnerflow.identity.People;
import org.partnerflow.identity.Permissions;

/** Improvement projects: stage, cycle, and the latest value against the target. */
@Route("improvement")
@PageTitle("Improvement projects | Partnerflow")
@Menu(order = 60, title = "Improvement projects", icon = "vaadin:trending-up")
@PermitAll
public class ImprovementProjectsView extends VerticalLayout {

    public ImprovementProjectsView(ImprovementProjectList list, Permissions permissions, People people) {
        add(new H2("Improvement projects"));
        if (permissions.mayLeadPartnershipWork()) {
            Button start = new Button("Start a project", e -> getUI().ifPresent(ui -> ui.navigate(StartImprovementView.class)));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setId("start-project");
            add(start);
        }
        Grid<ImprovementProjectList.Row> grid = new Grid<>();
        grid.setId("improvement-projects");
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> r.project().getName()).setHeader("Project").setFlexGrow(2);
        grid.addColumn(r -> r.project().getStatus() == ImprovementProject.Status.FINISHED ? "Finished"
                : "Cycle " + r.project().getCurrentCycle()).setHeader("Stage").setAutoWidth(true);
        grid.addColumn(ImprovementProjectList.Row::latestAgainstTarget).setHeader("Latest against target").setFlexGrow(2);
        grid.addColumn(r -> people.displayName(r.project().getLead())).setHeader("Lead").setAutoWidth(true);
        grid.setEmptyStateText("No improvement project yet.");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ImprovementProjectPage.class,
                new RouteParameters("projectId", String.valueOf(e.getItem().project().getId())))));
        grid.setItems(list.rows());
        add(grid);
    }
}
