package org.partnerflow.referral;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.partnerflow.MainLayout;

/** My caseload as Named Person or Lead Professional, and a search that finds only cases I may open. */
@Route(value = "caseload", layout = MainLayout.class)
@PageTitle("My caseload | Partnerflow")
@PermitAll
public class CaseloadView extends VerticalLayout {

    private final CaseAccess access;

    public CaseloadView(CaseAccess access) {
        this.access = access;
        Grid<WellbeingConcern> caseload = grid("caseload");
        caseload.setItems(access.caseload());
        caseload.setEmptyStateText("No open cases where you are the Named Person or Lead Professional.");

        Grid<WellbeingConcern> found = grid("case-search-results");
        TextField search = new TextField("Find a child's case (name or Scottish Candidate Number)");
        search.setId("case-search");
        search.setWidth("28rem");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> found.setItems(access.search(e.getValue())));
        found.setItems(List.of());
        found.setEmptyStateText("No case you can open matches.");
        add(new H2("My caseload"), caseload, new H3("Find a case"), search, found);
    }

    private Grid<WellbeingConcern> grid(String id) {
        Grid<WellbeingConcern> grid = new Grid<>(WellbeingConcern.class, false);
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.addColumn(c -> c.getChild().fullName()).setHeader("Child").setKey("child").setAutoWidth(true);
        grid.addColumn(c -> c.getChild().getDateOfBirth().toString()).setHeader("Born").setAutoWidth(true);
        grid.addColumn(c -> CasePage.words(c.getStage().name())).setHeader("Stage").setAutoWidth(true);
        grid.addColumn(c -> c.getPathway() == null ? "" : CasePage.words(c.getPathway().name())).setHeader("Pathway").setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem()));
        return grid;
    }

    private void open(WellbeingConcern concern) {
        getUI().ifPresent(ui -> ui.navigate(CasePage.class, new RouteParameters("concernId", String.valueOf(concern.getId()))));
    }
}
