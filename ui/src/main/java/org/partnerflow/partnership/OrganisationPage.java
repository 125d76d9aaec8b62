package org.partnerflow.partnership;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.partnerflow.identity.People;
import org.partnerflow.words.Words;

/** A partner organisation's view: the partnerships it belongs to, its role in each, and who answers for it. */
@Route("organisations/:organisationId")
@PageTitle("Partner organisation | Partnerflow")
@PermitAll
public class OrganisationPage extends VerticalLayout implements BeforeEnterObserver {

    private final PartnerRegister register;
    private final PartnershipRegistry registry;
    private final People people;

    public OrganisationPage(PartnerRegister register, PartnershipRegistry registry, People people) {
        this.register = register;
        this.registry = registry;
        this.people = people;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("organisationId").orElse(""));
        } catch (NumberFormatException e) {
            id = -1;
        }
        register.find(id).ifPresentOrElse(this::show, () -> add(new H2("No such organisation")));
    }

    private void show(PartnerOrganisation organisation) {
        H2 title = new H2(organisation.getName());
        title.setId("organisation-title");
        List<String> contacts = register.peopleOf(organisation);
        add(title, new Paragraph(Words.of(organisation.getKind()) + " · " + organisation.getLocalAuthority()),
                new Paragraph("Answers for it in partnerships: " + (contacts.isEmpty() ? "no one yet (an administrator adds people)"
                        : contacts.stream().map(people::displayName).collect(Collectors.joining(", ")))));
        Map<Partnership, List<PartnershipMember>> partnerships = registry.partnershipsOf(organisation.getId());
        Grid<Map.Entry<Partnership, List<PartnershipMember>>> grid = new Grid<>();
        grid.setId("organisation-partnerships");
        grid.setAllRowsVisible(true);
        grid.addColumn(e -> e.getKey().getName()).setHeader("Partnership").setFlexGrow(2);
        grid.addColumn(e -> Words.of(e.getKey().getStatus())).setHeader("Status").setAutoWidth(true);
        grid.addColumn(e -> e.getValue().get(e.getValue().size() - 1).standing(people::displayName)).setHeader("Our role").setFlexGrow(1);
        grid.addColumn(e -> e.getValue().stream().map(PartnershipMember::getContact).distinct().collect(Collectors.joining(" → ")))
                .setHeader("Contacts over time").setAutoWidth(true);
        grid.setEmptyStateText("Not in any partnership yet.");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PartnershipPage.class,
                new RouteParameters("partnershipId", String.valueOf(e.getItem().getKey().getId())))));
        grid.setItems(partnerships.entrySet());
        add(new H3("Its partnerships"), grid);
    }
}
