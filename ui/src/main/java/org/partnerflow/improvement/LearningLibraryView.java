package org.partnerflow.improvement;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.partnerflow.words.Words;

/** The learning library: what every improvement project learned, searchable, marked for the sharing event. */
@Route("learning")
@PageTitle("Learning library | Partnerflow")
@Menu(order = 70, title = "Learning library", icon = "vaadin:book")
@PermitAll
public class LearningLibraryView extends VerticalLayout {


    public LearningLibraryView(ImprovementProjectList list) {
        Grid<LearningSummary> grid = new Grid<>(LearningSummary.class, false);
        grid.setId("learning-library");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(LearningSummary::getTitle).setHeader("Title").setFlexGrow(1);
        grid.addColumn(LearningSummary::getSummary).setHeader("What we learned").setFlexGrow(3);
        grid.addColumn(LearningSummary::getWhatWorked).setHeader("What worked").setFlexGrow(2);
        grid.addColumn(l -> l.isForSharingEvent() ? "Yes" : "").setHeader("For the sharing event").setAutoWidth(true);
        grid.addColumn(l -> Words.date(l.getPublishedAt())).setHeader("Published").setAutoWidth(true);
        grid.setEmptyStateText("Nothing in the library matches.");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ImprovementProjectPage.class,
                new RouteParameters("projectId", String.valueOf(e.getItem().getProjectId())))));
        TextField search = new TextField("Search the library");
        search.setId("library-search");
        search.setWidth("28rem");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.setItems(list.library(e.getValue())));
        grid.setItems(list.library(""));
        add(new H2("Learning library"), search, grid);
    }
}
