package org.partnerflow.partnership;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.partnerflow.identity.Permissions;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.WorkflowFeedback;

/** The register of partner organisations; leads, managers and administrators add to it. */
@Route("organisations")
@PageTitle("Partner organisations | Partnerflow")
@Menu(order = 50, title = "Partner organisations", icon = "vaadin:building-o")
@PermitAll
public class OrganisationsView extends VerticalLayout {

    private final PartnerRegister register;
    private final Grid<PartnerOrganisation> grid = new Grid<>(PartnerOrganisation.class, false);

    public OrganisationsView(PartnerRegister register, Permissions permissions) {
        this.register = register;
        grid.setId("organisation-register");
        grid.setAllRowsVisible(true);
        grid.addColumn(PartnerOrganisation::getName).setHeader("Organisation").setFlexGrow(2);
        grid.addColumn(o -> Words.of(o.getKind())).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(PartnerOrganisation::getLocalAuthority).setHeader("Local authority").setAutoWidth(true);
        grid.setEmptyStateText("No organisation in the register yet.");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(OrganisationPage.class,
                new RouteParameters("organisationId", String.valueOf(e.getItem().getId())))));
        add(new H2("Partner organisations"), grid);
        if (permissions.mayRegisterPartners()) {
            add(new H3("Add an organisation"), addForm());
        }
        grid.setItems(register.all());
    }

    private HorizontalLayout addForm() {
        TextField name = new TextField("Name");
        name.setId("organisation-name");
        name.setMaxLength(200);
        Select<OrganisationKind> kind = new Select<>();
        kind.setLabel("Kind");
        kind.setId("organisation-kind");
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(Words::of);
        TextField localAuthority = new TextField("Local authority");
        localAuthority.setId("organisation-local-authority");
        localAuthority.setMaxLength(100);
        Button add = new Button("Add to the register", e -> {
            try {
                PartnerOrganisation added = register.register(name.getValue(), kind.getValue(), localAuthority.getValue());
                WorkflowFeedback.success(added.getName() + " added to the register.");
                name.clear();
                grid.setItems(register.all());
            } catch (RuntimeException ex) {
                WorkflowFeedback.refused(ex, null);
            }
        });
        add.setId("add-organisation");
        HorizontalLayout form = new HorizontalLayout(name, kind, localAuthority, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }
}
