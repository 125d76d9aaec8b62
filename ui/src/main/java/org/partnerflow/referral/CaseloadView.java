package org.partnerflow.referral;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.partnerflow.MenuCondition;
import org.partnerflow.identity.People;
import org.partnerflow.identity.Permissions;
import org.springframework.stereotype.Component;
import org.partnerflow.words.Words;

/**
 * My caseload as Named Person, Lead Professional or the practitioner who joined a case for an agency,
 * with the plan actions I own that are overdue, a search that finds only cases I may open, and
 * for managers the missed timescales the referral's escalation timers raise.
 */
@Route("caseload")
@PageTitle("My caseload | Partnerflow")
@Menu(order = 30, title = "My caseload", icon = "vaadin:folder-open")
@PermitAll
public class CaseloadView extends VerticalLayout {

    private final CaseAccess access;
    private final Permissions permissions;

    public CaseloadView(CaseAccess access, Permissions permissions, AccumulatingConcerns accumulating, People people,
                        ChildsPlanEditing planEditing) {
        this.access = access;
        this.permissions = permissions;
        Grid<CaseAccess.ListedCase> caseload = grid("caseload");
        caseload.setItems(access.caseload());
        caseload.setEmptyStateText("No open cases where you are the Named Person, the Lead Professional or on the team for your agency.");

        Grid<CaseAccess.ListedCase> found = grid("case-search-results");
        TextField search = new TextField("Find a child's case (name or Scottish Candidate Number)");
        search.setId("case-search");
        search.setWidth("28rem");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> found.setItems(access.search(e.getValue())));
        found.setItems(List.of());
        found.setEmptyStateText("No case you can open matches.");
        add(new H2("My caseload"), caseload);
        List<ChildsPlanEditing.OverdueAction> overdue = planEditing.myOverdueActions();
        if (!overdue.isEmpty()) {
            add(new H3("Your overdue plan actions"), overdue(overdue));
        }
        add(new H3("Find a case"), search, found);
        if (permissions.mayOverseeCases()) {
            add(new H3("Missed timescales"), alerts(access.missedTimescales()));
            add(new H3("Concerns accumulating (last " + accumulating.window() + ")"), accumulating(accumulating.forManagers(), people));
        }
    }

    /** Child's Plan actions the signed-in person owns, past their due date and not done: each opens its case. */
    private Grid<ChildsPlanEditing.OverdueAction> overdue(List<ChildsPlanEditing.OverdueAction> overdue) {
        Grid<ChildsPlanEditing.OverdueAction> grid = new Grid<>();
        grid.setId("my-overdue-plan-actions");
        grid.setAllRowsVisible(true);
        grid.addColumn(o -> Words.date(o.action().getDueDate())).setHeader("Due").setAutoWidth(true);
        grid.addColumn(ChildsPlanEditing.OverdueAction::child).setHeader("Child").setAutoWidth(true);
        grid.addColumn(o -> o.action().getWhat()).setHeader("Action").setFlexGrow(1);
        grid.addColumn(o -> Words.of(o.action().getStatus())).setHeader("Status").setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CasePage.class,
                new RouteParameters("concernId", String.valueOf(e.getItem().concernId())))));
        grid.setItems(overdue);
        return grid;
    }

    /** Children of the manager's council about whom several people raised concerns in a short time. */
    private Grid<AccumulatingConcerns.Flagged> accumulating(List<AccumulatingConcerns.Flagged> flagged, People people) {
        var names = people.names();
        Grid<AccumulatingConcerns.Flagged> grid = new Grid<>();
        grid.setId("accumulating-concerns");
        grid.setAllRowsVisible(true);
        grid.addColumn(f -> Words.dateTime(f.pattern().getNoticedAt())).setHeader("Noticed").setAutoWidth(true);
        grid.addColumn(f -> f.child().fullName()).setHeader("Child").setAutoWidth(true);
        grid.addColumn(f -> f.pattern().getConcerns() + " concerns from " + f.pattern().getRaisers() + " people").setHeader("Concerns")
                .setAutoWidth(true);
        grid.addColumn(f -> f.pattern().getDecision() == null ? "Not yet looked at together"
                : Words.of(f.pattern().getDecision()) + " (" + names.apply(f.pattern().getLookedAtBy()) + ", "
                        + Words.date(f.pattern().getLookedAtAt()) + ")").setHeader("Named Person's look").setFlexGrow(1);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ChildPage.class,
                new com.vaadin.flow.router.RouteParameters("childId", String.valueOf(e.getItem().child().getId())))));
        grid.setItems(flagged);
        grid.setEmptyStateText("No child of your council has concerns from several people just now.");
        return grid;
    }

    /** Where the referral's escalation timers alert managers: newest first, each opening its case. */
    private Grid<CaseAccess.TimescaleAlert> alerts(List<CaseAccess.TimescaleAlert> alerts) {
        Grid<CaseAccess.TimescaleAlert> grid = new Grid<>();
        grid.setId("timescale-alerts");
        grid.setAllRowsVisible(true);
        grid.addColumn(a -> Words.dateTime(a.entry().getOccurredAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(a -> a.concern().getChild().fullName()).setHeader("Child").setAutoWidth(true);
        grid.addColumn(a -> a.entry().getSummary()).setHeader("What was missed").setFlexGrow(1);
        grid.addItemClickListener(e -> open(e.getItem().concern()));
        grid.setItems(alerts);
        grid.setEmptyStateText("No missed timescales on open cases.");
        return grid;
    }

    private Grid<CaseAccess.ListedCase> grid(String id) {
        Grid<CaseAccess.ListedCase> grid = new Grid<>();
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.addColumn(c -> c.child().fullName()).setHeader("Child").setKey("child").setAutoWidth(true);
        grid.addColumn(c -> Words.date(c.child().dateOfBirth())).setHeader("Born").setAutoWidth(true);
        grid.addColumn(c -> Words.of(c.concern().getStage())).setHeader("Stage").setAutoWidth(true);
        grid.addColumn(c -> c.concern().getPathway() == null ? "" : Words.of(c.concern().getPathway()))
                .setHeader("Pathway").setAutoWidth(true);
        if (id.equals("caseload")) {
            // Their own cases (Named Person, Lead Professional, joined for an agency): they work on the child's record.
            grid.addComponentColumn(c -> ChildPage.linkTo(c.concern().getChild().getId())).setHeader("Record").setKey("record").setAutoWidth(true);
        }
        grid.addItemClickListener(e -> {
            if (e.getColumn() == null || !"record".equals(e.getColumn().getKey())) {
                open(e.getItem().concern());
            }
        });
        return grid;
    }

    private void open(WellbeingConcern concern) {
        getUI().ifPresent(ui -> ui.navigate(CasePage.class, new RouteParameters("concernId", String.valueOf(concern.getId()))));
    }

    /**
     * The entry is for case holders and their managers, and for anyone with open cases of their own (an
     * agency's practitioner who joined a team, whatever their role); others who open the page find no cases of theirs.
     */
    @Component
    static class ShownTo implements MenuCondition {

        private final Permissions permissions;
        private final CaseAccess access;

        ShownTo(Permissions permissions, CaseAccess access) {
            this.permissions = permissions;
            this.access = access;
        }

        @Override
        public Class<CaseloadView> view() {
            return CaseloadView.class;
        }

        @Override
        public boolean shown() {
            return permissions.mayHaveCaseload() || access.hasOpenCases();
        }
    }
}
