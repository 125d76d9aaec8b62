package org.partnerflow.partnership;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.partnerflow.identity.Permissions;
import org.partnerflow.words.Words;

/** The partnership register: every partnership, filtered by type, status and local authority. */
@Route("partnerships")
@PageTitle("Partnerships | Partnerflow")
@Menu(order = 40, title = "Partnerships", icon = "vaadin:connect-o")
@PermitAll
public class PartnershipRegisterView extends VerticalLayout {

    private final PartnershipRegistry registry;
    private final Grid<Partnership> grid = new Grid<>(Partnership.class, false);
    private final Select<PartnershipType> type = new Select<>();
    private final Select<Partnership.Status> status = new Select<>();
    private final ComboBox<String> localAuthority = new ComboBox<>("Local authority");

    public PartnershipRegisterView(PartnershipRegistry registry, Permissions permissions) {
        this.registry = registry;
        type.setLabel("Type");
        type.setId("filter-type");
        type.setItems(PartnershipType.values());
        type.setItemLabelGenerator(t -> t == null ? "Any type" : Words.of(t));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption("Any type");
        status.setLabel("Status");
        status.setId("filter-status");
        status.setItems(Partnership.Status.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : Words.of(s));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        localAuthority.setId("filter-local-authority");
        localAuthority.setItems(registry.localAuthorities());
        localAuthority.setClearButtonVisible(true);
        type.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        localAuthority.addValueChangeListener(e -> refresh());

        grid.setId("partnership-register");
        grid.setAllRowsVisible(true);
        grid.addColumn(Partnership::getName).setHeader("Partnership").setKey("name").setFlexGrow(2);
        grid.addColumn(p -> Words.of(p.getType())).setHeader("Type").setAutoWidth(true);
        grid.addColumn(Partnership::getLocalAuthority).setHeader("Local authority").setAutoWidth(true);
        grid.addColumn(p -> Words.of(p.getStatus())).setHeader("Status").setAutoWidth(true);
        grid.addColumn(p -> Words.of(p.getProtocolStatus())).setHeader("Data-sharing protocol").setAutoWidth(true);
        grid.addColumn(Partnership::getLead).setHeader("Lead").setAutoWidth(true);
        grid.setEmptyStateText("No partnership matches.");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PartnershipPage.class,
                new RouteParameters("partnershipId", String.valueOf(e.getItem().getId())))));

        HorizontalLayout filters = new HorizontalLayout(type, status, localAuthority);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2("Partnerships"), filters);
        if (permissions.mayLeadPartnershipWork()) {
            Button propose = new Button("Propose a partnership", e -> getUI().ifPresent(ui -> ui.navigate(ProposePartnershipView.class)));
            propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            propose.setId("propose-partnership");
            filters.add(propose);
        }
        add(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(registry.register(type.getValue(), status.getValue(), localAuthority.getValue()));
    }
}
