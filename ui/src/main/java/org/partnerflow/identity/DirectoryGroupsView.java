package org.partnerflow.identity;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which of the council directory's groups stands for which Partnerflow group: what single sign-on
 * gives and takes away at each sign-in ({@link DirectorySignIn}). Administrators only;
 * {@link DirectoryGroups} refuses, in words, what is wrong or was changed meanwhile.
 */
@Route("admin/directory-groups")
@PageTitle("Directory groups | Partnerflow")
@Menu(order = 134, title = "Directory groups", icon = "vaadin:sitemap")
@RolesAllowed("admin")
class DirectoryGroupsView extends VerticalLayout {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryGroupsView.class);

    private final DirectoryGroups directoryGroups;
    private final Grid<DirectoryGroups.Mapping> grid = new Grid<>();
    private final TextField claim = new TextField("Directory group (claim value)");
    private final ComboBox<DirectoryGroups.Group> group = new ComboBox<>("Partnerflow group");
    private final People people;
    private final ComboBox<People.Person> leaver = new ComboBox<>("Person");
    private final Grid<String> leavers = new Grid<>();

    DirectoryGroupsView(DirectoryGroups directoryGroups, People people) {
        this.directoryGroups = directoryGroups;
        this.people = people;
        add(new H2("Directory groups"), new Paragraph("When people sign in with their council account, the groups your directory "
                + "sends (the groups claim: an Entra ID group's object id, a Keycloak group or role) give them Partnerflow's "
                + "groups as mapped here. A group mapped here is the directory's: people are put in it at sign-in while the "
                + "directory lists them, and taken out at their next sign-in when it no longer does. Groups not mapped here "
                + "are kept in Partnerflow and never changed by a sign-in. Someone whose directory groups map to no group "
                + "cannot sign in."), addForm(), new H3("Mappings"), mappingsGrid(), leaversSection());
        show();
    }

    /** Leavers: marked here, they cannot sign in by any door; their work is handed over on the hand-over page. */
    private Component leaversSection() {
        leaver.setId("leaver");
        leaver.setItems(people.everyone());
        leaver.setItemLabelGenerator(p -> p.name() + " (" + p.id() + ")");
        leaver.setWidth("24rem");
        Button mark = new Button("Mark as having left", e -> {
            People.Person chosen = leaver.getValue();
            if (chosen == null) {
                told("Choose the person who has left.", NotificationVariant.LUMO_ERROR);
                return;
            }
            try {
                directoryGroups.markLeft(chosen.id());
            } catch (RuntimeException refused) {
                refused(refused);
                return;
            }
            succeeded(chosen.name() + " is recorded as having left and can no longer sign in. Hand their work over "
                    + "on the Hand over work page.");
            leaver.clear();
            showLeavers();
        });
        mark.setId("mark-left");
        mark.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout form = new HorizontalLayout(leaver, mark);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        leavers.setId("leavers");
        leavers.getElement().setAttribute("aria-label", "People recorded as having left");
        leavers.setAllRowsVisible(true);
        leavers.addThemeVariants(GridVariant.LUMO_COMPACT);
        leavers.addColumn(people.names()::apply).setKey("name").setHeader("Name").setFlexGrow(2);
        leavers.addColumn(id -> id).setKey("userId").setHeader("User name").setFlexGrow(1);
        leavers.addComponentColumn(id -> {
            Button reopen = new Button("Reopen", e -> {
                try {
                    directoryGroups.markReturned(id);
                } catch (RuntimeException refused) {
                    refused(refused);
                    return;
                }
                succeeded(people.displayName(id) + " may sign in again.");
                showLeavers();
            });
            reopen.addThemeVariants(ButtonVariant.LUMO_SMALL);
            reopen.setId("reopen-" + id);
            return reopen;
        }).setKey("actions").setHeader("Change").setAutoWidth(true).setFlexGrow(0);
        leavers.setEmptyStateText("No one is recorded as having left.");
        showLeavers();
        VerticalLayout section = new VerticalLayout(new H3("Leavers"), new Paragraph("Someone marked as having left cannot sign in "
                + "by any door: their council account, a Partnerflow password or the engine API. Their groups stay, so their "
                + "work still shows whose it was until it is handed over."), form, leavers);
        section.setPadding(false);
        return section;
    }

    private void showLeavers() {
        leavers.setItems(directoryGroups.leavers());
    }

    private Component addForm() {
        claim.setId("directory-claim");
        claim.setMaxLength(DirectoryGroups.MAX_CLAIM);
        claim.setRequiredIndicatorVisible(true);
        claim.setHelperText("Exactly as the directory sends it, such as 6f1c…-… or /glasgow/named-persons");
        claim.setWidth("24rem");
        group.setId("directory-group");
        group.setRequiredIndicatorVisible(true);
        group.setItems(directoryGroups.groups());
        group.setItemLabelGenerator(g -> g.name().equals(g.id()) ? g.id() : g.name() + " (" + g.id() + ")");
        group.setWidth("24rem");
        Button add = new Button("Add mapping", e -> add());
        add.setId("add-mapping");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(claim, group, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void add() {
        DirectoryGroups.Mapping added;
        try {
            added = directoryGroups.add(claim.getValue(), group.getValue() == null ? null : group.getValue().id());
        } catch (RuntimeException refused) {
            refused(refused);
            return;
        }
        succeeded("Mapped: \"" + added.claimValue() + "\" gives " + added.groupName() + " at sign-in.");
        claim.clear();
        group.clear();
        show();
    }

    private Grid<DirectoryGroups.Mapping> mappingsGrid() {
        grid.setId("directory-mappings");
        grid.getElement().setAttribute("aria-label", "Directory groups and the Partnerflow groups they give");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(DirectoryGroups.Mapping::claimValue).setKey("claim").setHeader("Directory group").setFlexGrow(3);
        grid.addColumn(DirectoryGroups.Mapping::groupName).setKey("group").setHeader("Gives").setFlexGrow(2);
        grid.addColumn(DirectoryGroups.Mapping::groupId).setKey("groupId").setHeader("Group id").setFlexGrow(1);
        grid.addComponentColumn(this::remove).setKey("actions").setHeader("Change").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("No directory group is mapped yet: no one can sign in with a council account until one is.");
        return grid;
    }

    private Component remove(DirectoryGroups.Mapping mapping) {
        Button remove = new Button("Remove", e -> {
            try {
                directoryGroups.remove(mapping.id(), mapping.version());
            } catch (RuntimeException refused) {
                refused(refused);
                return;
            }
            succeeded("Removed: \"" + mapping.claimValue() + "\" no longer gives " + mapping.groupName()
                    + "; its members lose it at their next sign-in.");
            show();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        remove.setId("remove-mapping-" + mapping.id());
        remove.getElement().setAttribute("aria-label", "Remove the mapping of " + mapping.claimValue());
        return remove;
    }

    private void show() {
        grid.setItems(directoryGroups.mappings());
    }

    // Told as WorkflowFeedback tells it (same place, time and look): identity sits below workflow, so not through it.
    private static void succeeded(String message) {
        told(message, NotificationVariant.LUMO_SUCCESS);
    }

    private static void refused(RuntimeException problem) {
        if (problem instanceof DirectoryRefusal || problem instanceof AuthorizationException) {
            told(problem.getMessage(), NotificationVariant.LUMO_ERROR);
            return;
        }
        LOG.error("Directory groups change failed", problem);
        told("Something went wrong; the error has been logged. Please try again or tell your administrator.", NotificationVariant.LUMO_ERROR);
    }

    private static void told(String message, NotificationVariant variant) {
        Notification.show(message, 6000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }
}
