package org.partnerflow.establishment;

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
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerflow.identity.People;
import org.partnerflow.identity.People.Person;
import org.partnerflow.identity.Permissions;
import org.partnerflow.workflow.Refusal;
import org.partnerflow.workflow.WorkflowFeedback;
import org.partnerflow.words.Words;

/**
 * The councils' establishments and who is who in them: each council's schools, nurseries and health
 * visiting teams with their Named Persons, its members and its Named Person coordinators; the region's
 * members apart. Managers keep their own council's, administrators every council's and the region's;
 * everything else on the page is read only, and the register refuses, in words, whatever is forced.
 */
@Route("establishments")
@PageTitle("Establishments | Partnerflow")
@Menu(order = 130, title = "Establishments", icon = "vaadin:academy-cap")
@RolesAllowed({"manager", "admin"})
public class EstablishmentsView extends VerticalLayout {

    private final EstablishmentRegister register;
    private final Permissions permissions;
    private final People people;
    private final Div authorities = new Div();

    public EstablishmentsView(EstablishmentRegister register, Permissions permissions, People people) {
        this.register = register;
        this.permissions = permissions;
        this.people = people;
        authorities.setWidthFull();
        add(new H2("Establishments"), new Paragraph("The West Partnership's councils, their schools, nurseries and health visiting "
                + "teams, and who is who in them. A concern about a child goes to the Named Persons of the child's establishment; "
                + "while it has none, to the council's Named Person coordinators. You change the councils you keep; the others "
                + "are shown for reference."), authorities);
        show();
    }

    /** Redraws every authority from the register: after a change, the page shows what is now recorded. */
    private void show() {
        authorities.removeAll();
        List<Person> everyone = people.everyone();
        for (Authority authority : register.authorities()) {
            authorities.add(authority.isRegional() ? region(authority, everyone) : council(authority, everyone));
        }
    }

    /** Whether the signed-in person may change this authority: the region is the administrators'. */
    private boolean keeps(Authority authority) {
        return authority.isRegional() ? permissions.mayAdminister() : register.mayKeep(authority.getCode());
    }

    private Component council(Authority council, List<Person> everyone) {
        boolean keeps = keeps(council);
        VerticalLayout section = section(council);
        section.add(new H3(council.getName()));
        if (!keeps) {
            section.add(new Paragraph("Kept by " + council.getName() + "'s managers: shown for reference."));
        }
        section.add(new H4("Establishments"));
        if (keeps) {
            Button add = new Button("Add an establishment", e -> establishmentEditor(council, null));
            add.setId("add-establishment-" + council.getCode());
            add.getElement().setAttribute("aria-label", "Add an establishment to " + council.getName());
            section.add(add);
        }
        section.add(establishments(council, keeps, everyone));
        section.add(new H4("Members"));
        section.add(people(council, "members", "Member", register.membersOf(council), keeps, everyone,
                "No one belongs to " + council.getName() + " yet.",
                person -> register.addMember(council.getCode(), person.id()),
                person -> register.removeMember(council.getCode(), person.id()),
                "Add as a member", person -> person.name() + " now belongs to " + council.getName() + ".",
                person -> person.name() + " no longer belongs to " + council.getName() + "."));
        section.add(new H4("Named Person coordinators"));
        section.add(new Paragraph("They are offered the assessment of a concern whose establishment has no Named Person."));
        section.add(people(council, "coordinators", "Coordinator", register.coordinatorsOf(council), keeps, everyone,
                council.getName() + " has no Named Person coordinators yet.",
                person -> register.appointCoordinator(council.getCode(), person.id()),
                person -> register.removeCoordinator(council.getCode(), person.id()),
                "Appoint as coordinator", person -> person.name() + " is now a Named Person coordinator of " + council.getName() + ".",
                person -> person.name() + " is no longer a Named Person coordinator of " + council.getName() + "."));
        return section;
    }

    /** The region has members only: it sees aggregates, and no child or establishment belongs to it. */
    private Component region(Authority region, List<Person> everyone) {
        boolean keeps = keeps(region);
        VerticalLayout section = section(region);
        section.add(new H3(region.getName()), new Paragraph("The regional collaborative has members but no "
                + "establishments of its own: each council keeps its children's records."));
        section.add(new H4("Members"));
        section.add(people(region, "members", "Member", register.membersOf(region), keeps, everyone,
                "No one belongs to the region yet.",
                person -> register.addMember(region.getCode(), person.id()),
                person -> register.removeMember(region.getCode(), person.id()),
                "Add as a member", person -> person.name() + " now belongs to " + region.getName() + ".",
                person -> person.name() + " no longer belongs to " + region.getName() + "."));
        return section;
    }

    private static VerticalLayout section(Authority authority) {
        VerticalLayout section = new VerticalLayout();
        section.setId("authority-" + authority.getCode());
        section.setPadding(false);
        section.getElement().setAttribute("aria-label", authority.getName());
        section.getElement().setAttribute("role", "region");
        return section;
    }

    private Grid<Establishment> establishments(Authority council, boolean keeps, List<Person> everyone) {
        Grid<Establishment> grid = new Grid<>(Establishment.class, false);
        grid.setId("establishments-" + council.getCode());
        grid.getElement().setAttribute("aria-label", "Establishments of " + council.getName());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Establishment::getName).setKey("name").setHeader("Name").setFlexGrow(3);
        grid.addColumn(e -> Words.of(e.getKind())).setKey("kind").setHeader("Kind").setFlexGrow(2);
        grid.addColumn(e -> e.isClosed() ? "Closed" : "Open").setKey("open").setHeader("Open or closed").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::namedPersons).setKey("named-persons").setHeader("Named Persons").setFlexGrow(3);
        if (keeps) {
            grid.addComponentColumn(e -> establishmentActions(e, council, everyone)).setKey("actions").setHeader("Change")
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.setEmptyStateText(council.getName() + " has no establishments recorded yet.");
        grid.setItems(register.of(council));
        return grid;
    }

    private String namedPersons(Establishment establishment) {
        List<Person> named = register.namedPersonsOf(establishment);
        return named.isEmpty() ? "None yet: concerns go to the coordinators"
                : named.stream().map(Person::name).sorted().collect(Collectors.joining(", "));
    }

    private Component establishmentActions(Establishment establishment, Authority council, List<Person> everyone) {
        Button change = new Button("Change", e -> establishmentEditor(council, establishment));
        change.addThemeVariants(ButtonVariant.LUMO_SMALL);
        change.setId("change-" + establishment.getCode());
        change.getElement().setAttribute("aria-label", "Change " + establishment.getName());
        Button named = new Button("Named Persons", e -> namedPersonsEditor(establishment, everyone));
        named.addThemeVariants(ButtonVariant.LUMO_SMALL);
        named.setId("named-persons-" + establishment.getCode());
        named.getElement().setAttribute("aria-label", "Named Persons of " + establishment.getName());
        return new HorizontalLayout(change, named);
    }

    /**
     * Adds an establishment to the council, or, given one, renames it, changes its kind or closes or
     * reopens it, with the version shown on the page: a change someone made meanwhile is refused.
     */
    private void establishmentEditor(Authority council, Establishment establishment) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(establishment == null ? "Add an establishment to " + council.getName() : "Change " + establishment.getName());
        TextField name = new TextField("Name");
        name.setId("establishment-name");
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        Select<EstablishmentKind> kind = new Select<>();
        kind.setLabel("Kind (required)");
        kind.setId("establishment-kind");
        kind.setItems(EstablishmentKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : Words.of(k));
        Checkbox closed = new Checkbox("Closed (no new concerns can name it)");
        closed.setId("establishment-closed");
        FormLayout form = new FormLayout(name, kind);
        if (establishment != null) {
            name.setValue(establishment.getName());
            kind.setValue(establishment.getKind());
            closed.setValue(establishment.isClosed());
            form.add(closed);
        }
        long seenVersion = establishment == null ? 0 : establishment.getVersion();
        Button save = new Button("Save", e -> {
            Establishment saved;
            try {
                saved = establishment == null ? register.add(council.getCode(), name.getValue(), kind.getValue())
                        : register.change(establishment.getCode(), name.getValue(), kind.getValue(), closed.getValue(), seenVersion);
            } catch (RuntimeException refused) {
                WorkflowFeedback.refused(refused, null);
                return;
            }
            dialog.close();
            WorkflowFeedback.success(establishment == null ? saved.getName() + " added to " + council.getName() + "."
                    : "Saved: " + saved.getName() + (saved.isClosed() ? " (closed)" : "") + ".");
            show();
        });
        save.setId("save-establishment");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.setWidth("36rem");
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    /** Who is Named Person for the establishment: appoint someone in the Named Person role, or stand one down. */
    private void namedPersonsEditor(Establishment establishment, List<Person> everyone) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Named Persons of " + establishment.getName());
        Grid<Person> current = new Grid<>();
        current.setId("current-named-persons");
        current.getElement().setAttribute("aria-label", "Named Persons of " + establishment.getName());
        current.setAllRowsVisible(true);
        current.addThemeVariants(GridVariant.LUMO_COMPACT);
        current.addColumn(Person::name).setKey("name").setHeader("Named Person").setFlexGrow(1);
        current.setEmptyStateText(establishment.getName() + " has no Named Person: its concerns go to the council's coordinators.");
        Runnable refresh = () -> current.setItems(register.namedPersonsOf(establishment));
        current.addComponentColumn(person -> {
            Button remove = new Button("Remove", e -> {
                try {
                    register.removeNamedPerson(establishment.getCode(), person.id());
                } catch (RuntimeException refused) {
                    WorkflowFeedback.refused(refused, null);
                    return;
                }
                WorkflowFeedback.success(person.name() + " is no longer Named Person for " + establishment.getName() + ".");
                refresh.run();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            remove.getElement().setAttribute("aria-label", "Remove " + person.name() + " as Named Person");
            return remove;
        }).setKey("actions").setHeader("Remove").setAutoWidth(true).setFlexGrow(0);
        refresh.run();
        ComboBox<Person> choice = personChoice("Named Person to appoint", everyone);
        choice.setId("named-person-choice");
        choice.setHelperText("Someone with the Named Person role; they become a member of the council too.");
        Button appoint = new Button("Appoint", e -> {
            Person person = choice.getValue();
            if (person == null) {
                WorkflowFeedback.refused(new Refusal("Choose the person to appoint."), null);
                return;
            }
            try {
                register.appointNamedPerson(establishment.getCode(), person.id());
            } catch (RuntimeException refused) {
                WorkflowFeedback.refused(refused, null);
                return;
            }
            WorkflowFeedback.success(person.name() + " is now Named Person for " + establishment.getName() + ".");
            choice.clear();
            refresh.run();
        });
        appoint.setId("appoint-named-person");
        HorizontalLayout adding = new HorizontalLayout(choice, appoint);
        adding.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        dialog.add(current, adding);
        dialog.setWidth("40rem");
        // The page's table shows the Named Persons too: redraw it when the dialog closes.
        Runnable done = () -> {
            dialog.close();
            show();
        };
        dialog.addDialogCloseActionListener(e -> done.run());
        Button finished = new Button("Done", e -> done.run());
        finished.setId("named-persons-done");
        dialog.getFooter().add(finished);
        dialog.open();
    }

    /**
     * The people in one of the authority's groups (its members, its coordinators), and for those who
     * keep it, choosing someone by name to add and a button to take each out.
     */
    private Component people(Authority authority, String what, String header, List<Person> inGroup, boolean keeps,
                             List<Person> everyone, String whenEmpty, Consumer<Person> add, Consumer<Person> remove,
                             String addCaption, Function<Person, String> added, Function<Person, String> removed) {
        Grid<Person> grid = new Grid<>();
        grid.setId(what + "-" + authority.getCode());
        grid.getElement().setAttribute("aria-label", header + "s of " + authority.getName());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(Person::name).setKey("name").setHeader(header).setFlexGrow(1);
        if (keeps) {
            grid.addComponentColumn(person -> {
                Button take = new Button("Remove", e -> act(() -> remove.accept(person), removed.apply(person)));
                take.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                take.getElement().setAttribute("aria-label", "Remove " + person.name() + " (" + header.toLowerCase() + ")");
                return take;
            }).setKey("actions").setHeader("Remove").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setEmptyStateText(whenEmpty);
        // A council may have hundreds of members: a short table scrolls, a long one does not take the page.
        if (inGroup.size() <= 8) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("20rem");
        }
        grid.setItems(inGroup);
        grid.setWidth("40rem");
        if (!keeps) {
            return grid;
        }
        ComboBox<Person> choice = personChoice(header.equals("Member") ? "Person to add" : "Named Person to appoint", everyone);
        choice.setId("choose-" + what + "-" + authority.getCode());
        Button adding = new Button(addCaption, e -> {
            Person person = choice.getValue();
            if (person == null) {
                WorkflowFeedback.refused(new Refusal("Choose the person first."), null);
                return;
            }
            act(() -> add.accept(person), added.apply(person));
        });
        adding.setId("add-" + what + "-" + authority.getCode());
        adding.getElement().setAttribute("aria-label", addCaption + ": " + authority.getName());
        HorizontalLayout row = new HorizontalLayout(choice, adding);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return new VerticalLayout(grid, row);
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
        } catch (RuntimeException refused) {
            WorkflowFeedback.refused(refused, null);
            return;
        }
        WorkflowFeedback.success(done);
        show();
    }

    /** Choosing a person by the name people know them by; typing filters the list. */
    private static ComboBox<Person> personChoice(String label, List<Person> everyone) {
        ComboBox<Person> choice = new ComboBox<>(label);
        choice.setItems(everyone);
        choice.setItemLabelGenerator(Person::name);
        choice.setAllowCustomValue(false);
        choice.setClearButtonVisible(true);
        choice.setWidth("22rem");
        return choice;
    }
}
