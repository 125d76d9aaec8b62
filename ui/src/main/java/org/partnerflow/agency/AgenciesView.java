package org.partnerflow.agency;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerflow.establishment.Authority;
import org.partnerflow.identity.People;
import org.partnerflow.identity.People.Person;
import org.partnerflow.workflow.Refusal;
import org.partnerflow.workflow.WorkflowFeedback;
import org.partnerflow.words.Words;

/**
 * Each council's agencies (health visiting teams, social work teams, police divisions, third-sector
 * services...) and their people: the practitioners who answer the agency's invitations to a team
 * around a child, and its managers, who see the cases it joined. Managers keep their own council's,
 * administrators every council's; the rest is shown for reference, and the register refuses, in
 * words, whatever is forced.
 */
@Route("agencies")
@PageTitle("Agencies | Partnerflow")
@Menu(order = 131, title = "Agencies", icon = "vaadin:handshake")
@RolesAllowed({"manager", "admin"})
public class AgenciesView extends VerticalLayout {

    private final AgencyRegister register;
    private final People people;
    private final Div councils = new Div();

    public AgenciesView(AgencyRegister register, People people) {
        this.register = register;
        this.people = people;
        councils.setWidthFull();
        add(new H2("Agencies"), new Paragraph("The services of each council that join teams around children. A Lead Professional "
                + "invites agencies of the child's council; only the agency's own practitioners answer its invitation, and only "
                + "the practitioner who joins, and the agency's managers, then see the case. You change the councils you keep; "
                + "the others are shown for reference."), councils);
        show();
    }

    /** Redraws every council from the register: after a change, the page shows what is now recorded. */
    private void show() {
        councils.removeAll();
        List<Person> everyone = people.everyone();
        for (Authority council : register.councils()) {
            councils.add(council(council, everyone));
        }
    }

    private Component council(Authority council, List<Person> everyone) {
        boolean keeps = register.mayKeep(council.getCode());
        VerticalLayout section = new VerticalLayout();
        section.setId("council-" + council.getCode());
        section.setPadding(false);
        section.getElement().setAttribute("aria-label", council.getName());
        section.getElement().setAttribute("role", "region");
        section.add(new H3(council.getName()));
        if (!keeps) {
            section.add(new Paragraph("Kept by " + council.getName() + "'s managers: shown for reference."));
        } else {
            Button add = new Button("Add an agency", e -> agencyEditor(council, null));
            add.setId("add-agency-" + council.getCode());
            add.getElement().setAttribute("aria-label", "Add an agency to " + council.getName());
            section.add(add);
        }
        section.add(agencies(council, keeps, everyone));
        return section;
    }

    private Grid<Agency> agencies(Authority council, boolean keeps, List<Person> everyone) {
        Grid<Agency> grid = new Grid<>(Agency.class, false);
        grid.setId("agencies-" + council.getCode());
        grid.getElement().setAttribute("aria-label", "Agencies of " + council.getName());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Agency::getName).setKey("name").setHeader("Name").setFlexGrow(3);
        grid.addColumn(a -> Words.of(a.getKind())).setKey("kind").setHeader("Kind").setFlexGrow(1);
        grid.addColumn(a -> a.isClosed() ? "Closed" : "Open").setKey("open").setHeader("Open or closed").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> names(register.practitionersOf(a))).setKey("practitioners").setHeader("Practitioners").setFlexGrow(2);
        grid.addColumn(a -> names(register.managersOf(a))).setKey("managers").setHeader("Managers").setFlexGrow(2);
        if (keeps) {
            grid.addComponentColumn(a -> actions(a, council, everyone)).setKey("actions").setHeader("Change")
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.setEmptyStateText(council.getName() + " has no agencies recorded yet.");
        grid.setItems(register.of(council.getCode()));
        return grid;
    }

    private static String names(List<Person> inGroup) {
        return inGroup.isEmpty() ? "None yet" : inGroup.stream().map(Person::name).sorted().collect(Collectors.joining(", "));
    }

    private Component actions(Agency agency, Authority council, List<Person> everyone) {
        Button change = new Button("Change", e -> agencyEditor(council, agency));
        change.addThemeVariants(ButtonVariant.LUMO_SMALL);
        change.setId("change-" + agency.getCode());
        change.getElement().setAttribute("aria-label", "Change " + agency.getName());
        Button team = new Button("People", e -> peopleEditor(agency, everyone));
        team.addThemeVariants(ButtonVariant.LUMO_SMALL);
        team.setId("people-" + agency.getCode());
        team.getElement().setAttribute("aria-label", "People of " + agency.getName());
        return new HorizontalLayout(change, team);
    }

    /**
     * Adds an agency to the council, or, given one, renames it, changes its kind or closes or reopens
     * it, with the version shown on the page: a change someone made meanwhile is refused.
     */
    private void agencyEditor(Authority council, Agency agency) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(agency == null ? "Add an agency to " + council.getName() : "Change " + agency.getName());
        TextField name = new TextField("Name");
        name.setId("agency-name");
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        Select<AgencyKind> kind = new Select<>();
        kind.setLabel("Kind of service (required)");
        kind.setId("agency-kind");
        kind.setItems(AgencyKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : Words.of(k));
        kind.setHelperText("What a consent to share names: consent is checked against it.");
        Checkbox closed = new Checkbox("Closed (no longer offered for invitations)");
        closed.setId("agency-closed");
        FormLayout form = new FormLayout(name, kind);
        if (agency != null) {
            name.setValue(agency.getName());
            kind.setValue(agency.getKind());
            closed.setValue(agency.isClosed());
            form.add(closed);
        }
        long seenVersion = agency == null ? 0 : agency.getVersion();
        Button save = new Button("Save", e -> {
            Agency saved;
            try {
                saved = agency == null ? register.add(council.getCode(), name.getValue(), kind.getValue())
                        : register.change(agency.getCode(), name.getValue(), kind.getValue(), closed.getValue(), seenVersion);
            } catch (RuntimeException refused) {
                WorkflowFeedback.refused(refused, null);
                return;
            }
            dialog.close();
            WorkflowFeedback.success(agency == null ? saved.getName() + " added to " + council.getName() + "."
                    : "Saved: " + saved.getName() + (saved.isClosed() ? " (closed)" : "") + ".");
            show();
        });
        save.setId("save-agency");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.setWidth("36rem");
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    /** The agency's practitioners and managers: add someone by name, or take them out. */
    private void peopleEditor(Agency agency, List<Person> everyone) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("People of " + agency.getName());
        dialog.add(new H4("Practitioners"), new Paragraph("They answer the agency's invitations and may join a team around a child."),
                group(agency, "practitioners", "Practitioner", everyone, register::practitionersOf, register::addPractitioner,
                        register::removePractitioner, p -> p.name() + " is now a practitioner of " + agency.getName() + ".",
                        p -> p.name() + " is no longer a practitioner of " + agency.getName() + "."),
                new H4("Managers"), new Paragraph("They see the cases the agency joined."),
                group(agency, "managers", "Manager", everyone, register::managersOf, register::addManager, register::removeManager,
                        p -> p.name() + " is now a manager of " + agency.getName() + ".",
                        p -> p.name() + " is no longer a manager of " + agency.getName() + "."));
        dialog.setWidth("44rem");
        // The page's table shows the people too: redraw it when the dialog closes.
        Runnable done = () -> {
            dialog.close();
            show();
        };
        dialog.addDialogCloseActionListener(e -> done.run());
        Button finished = new Button("Done", e -> done.run());
        finished.setId("agency-people-done");
        dialog.getFooter().add(finished);
        dialog.open();
    }

    private Component group(Agency agency, String what, String header, List<Person> everyone, Function<Agency, List<Person>> members,
                            BiConsumer<String, String> add, BiConsumer<String, String> remove, Function<Person, String> added,
                            Function<Person, String> removed) {
        Grid<Person> grid = new Grid<>();
        grid.setId("agency-" + what);
        grid.getElement().setAttribute("aria-label", header + "s of " + agency.getName());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(Person::name).setKey("name").setHeader(header).setFlexGrow(1);
        grid.setEmptyStateText(agency.getName() + " has no " + header.toLowerCase() + "s yet.");
        Runnable refresh = () -> grid.setItems(members.apply(agency));
        grid.addComponentColumn(person -> {
            Button take = new Button("Remove", e -> {
                if (act(() -> remove.accept(agency.getCode(), person.id()), removed.apply(person))) {
                    refresh.run();
                }
            });
            take.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            take.getElement().setAttribute("aria-label", "Remove " + person.name() + " (" + header.toLowerCase() + ")");
            return take;
        }).setKey("actions").setHeader("Remove").setAutoWidth(true).setFlexGrow(0);
        refresh.run();
        ComboBox<Person> choice = new ComboBox<>(header + " to add");
        choice.setId("choose-" + what);
        choice.setItems(everyone);
        choice.setItemLabelGenerator(Person::name);
        choice.setAllowCustomValue(false);
        choice.setClearButtonVisible(true);
        choice.setWidth("22rem");
        Button adding = new Button("Add", e -> {
            Person person = choice.getValue();
            if (person == null) {
                WorkflowFeedback.refused(new Refusal("Choose the person first."), null);
                return;
            }
            if (act(() -> add.accept(agency.getCode(), person.id()), added.apply(person))) {
                choice.clear();
                refresh.run();
            }
        });
        adding.setId("add-" + what);
        adding.getElement().setAttribute("aria-label", "Add a " + header.toLowerCase() + " to " + agency.getName());
        HorizontalLayout row = new HorizontalLayout(choice, adding);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout box = new VerticalLayout(grid, row);
        box.setPadding(false);
        return box;
    }

    private static boolean act(Runnable change, String done) {
        try {
            change.run();
        } catch (RuntimeException refused) {
            WorkflowFeedback.refused(refused, null);
            return false;
        }
        WorkflowFeedback.success(done);
        return true;
    }
}
