package org.partnerflow.referral;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.partnerflow.establishment.EstablishmentRegister;
import org.partnerflow.identity.DirectoryGroups;
import org.partnerflow.identity.People;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.TaskAssignments;
import org.partnerflow.workflow.WorkflowFeedback;

/**
 * Managers hand over work: a person's open tasks and the cases they hold, of the councils the manager
 * oversees (someone on leave, someone leaving): tasks one by one, or everything to one successor in
 * one go, always with a reason. (A referral page: the cases handed over are children's cases.)
 */
@Route("handovers")
@PageTitle("Hand over work | Partnerflow")
@Menu(order = 115, title = "Hand over work", icon = "vaadin:exchange")
@RolesAllowed({"manager"})
public class HandOverView extends VerticalLayout {

    private final TaskAssignments assignments;
    private final LeaverCases leaverCases;
    private final Grid<LeaverCases.HeldCase> cases = new Grid<>();
    private final List<People.Person> councilPeople;
    private final ComboBox<People.Person> person = new ComboBox<>("Whose work");
    private final Grid<TaskAssignments.HeldTask> held = new Grid<>();
    private final ComboBox<TaskAssignments.Colleague> successor = new ComboBox<>("Hand everything to");
    private final TextArea reason = new TextArea("Why (kept with each change)");

    public HandOverView(TaskAssignments assignments, EstablishmentRegister register, LeaverCases leaverCases,
            DirectoryGroups directoryGroups) {
        this.assignments = assignments;
        this.leaverCases = leaverCases;
        Map<String, People.Person> people = new TreeMap<>();
        register.keptByMe().forEach(council -> register.membersOf(council).forEach(p -> people.putIfAbsent(p.id(), p)));
        councilPeople = List.copyOf(people.values());
        person.setId("handover-person");
        person.setItems(people.values().stream().sorted(Comparator.comparing(People.Person::name)).toList());
        person.setItemLabelGenerator(People.Person::name);
        person.setWidth("24rem");
        person.addValueChangeListener(e -> show());

        held.setId("handover-tasks");
        held.setAllRowsVisible(true);
        held.addColumn(TaskAssignments.HeldTask::name).setHeader("Task").setAutoWidth(true);
        held.addColumn(t -> t.subject() == null ? "" : t.subject()).setHeader("About").setFlexGrow(1);
        held.addColumn(t -> t.created() == null ? "" : Words.date(t.created())).setHeader("Since").setAutoWidth(true);
        held.addColumn(t -> t.due() == null ? "" : Words.date(t.due())).setHeader("Due").setAutoWidth(true);
        held.addComponentColumn(this::reallocateButton).setHeader("").setAutoWidth(true);
        held.setEmptyStateText("Choose a person to see the open tasks they hold.");

        cases.setId("handover-cases");
        cases.setAllRowsVisible(true);
        cases.addColumn(c -> c.concern().getChild().fullName()).setHeader("Child").setAutoWidth(true);
        cases.addColumn(c -> c.asNamedPerson() ? "Named Person" : "Lead Professional").setHeader("As").setAutoWidth(true);
        cases.addColumn(c -> Words.of(c.concern().getStage())).setHeader("Stage").setFlexGrow(1);
        cases.setEmptyStateText("Choose a person to see the cases they hold.");

        successor.setId("handover-successor");
        successor.setItemLabelGenerator(TaskAssignments.Colleague::name);
        successor.setWidth("24rem");
        reason.setId("handover-reason");
        reason.setMaxLength(2000);
        reason.setWidth("32rem");
        Button all = new Button("Hand over all", e -> handOverAll());
        all.setId("handover-all");
        all.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("Hand over work"), new Paragraph("A person's open tasks on records of your council, to reallocate one by one "
                        + "or all to one colleague. Each change is kept with your reason in the engine's log and the child's chronology."),
                leaversWithWork(directoryGroups.leavers()), person, new H3("Open tasks they hold"), held, new H3("Cases they hold"), cases,
                new Paragraph("Handing over everything moves the tasks now, and asks the colleague to take on each case as its Named "
                        + "Person or Lead Professional (they answer in their inbox; a Named Person must be one of the child's school's)."),
                new HorizontalLayout(successor), reason, all);
    }

    /**
     * People of the manager's councils recorded as having left (they can no longer sign in) who still
     * hold open tasks or cases: each a button that chooses them below. Nothing when there are none.
     */
    private Component leaversWithWork(List<String> leavers) {
        VerticalLayout section = new VerticalLayout();
        section.setId("leavers-with-work");
        section.setPadding(false);
        for (People.Person p : councilPeople) {
            if (!leavers.contains(p.id())) {
                continue;
            }
            int tasks = assignments.heldBy(p.id()).size();
            int held = leaverCases.of(p.id()).size();
            if (tasks + held == 0) {
                continue;
            }
            Button choose = new Button(p.name() + ": " + tasks + (tasks == 1 ? " task, " : " tasks, ") + held + (held == 1 ? " case" : " cases"),
                    e -> person.setValue(p));
            choose.setId("leaver-" + p.id());
            choose.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            choose.getElement().setAttribute("aria-label", "Hand over the work of " + p.name() + ", who has left");
            section.add(choose);
        }
        if (section.getComponentCount() > 0) {
            section.addComponentAsFirst(new H3("Leavers who still hold work"));
            section.addComponentAtIndex(1, new Paragraph("Recorded as having left, they can no longer sign in: hand their work over."));
        }
        return section;
    }

    private void show() {
        People.Person chosen = person.getValue();
        List<TaskAssignments.HeldTask> tasks = chosen == null ? List.of() : assignments.heldBy(chosen.id());
        held.setItems(tasks);
        cases.setItems(chosen == null ? List.of() : leaverCases.of(chosen.id()));
        held.setEmptyStateText(chosen == null ? "Choose a person to see the open tasks they hold." : chosen.name() + " holds no open task you can reallocate.");
        Map<String, TaskAssignments.Colleague> candidates = new TreeMap<>();
        councilPeople.forEach(p -> candidates.put(p.id(), new TaskAssignments.Colleague(p.id(), p.name())));
        tasks.forEach(t -> assignments.reallocationCandidates(t.id()).forEach(c -> candidates.putIfAbsent(c.id(), c)));
        if (chosen != null) {
            candidates.remove(chosen.id());
        }
        successor.setItems(candidates.values().stream().sorted(Comparator.comparing(TaskAssignments.Colleague::name)).toList());
    }

    private Component reallocateButton(TaskAssignments.HeldTask task) {
        Button button = new Button("Reallocate", e -> reallocateOne(task));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setId("reallocate-" + task.id());
        button.getElement().setAttribute("aria-label", "Reallocate " + task.name());
        return button;
    }

    private void reallocateOne(TaskAssignments.HeldTask task) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Reallocate \u2018" + task.name() + "\u2019");
        ComboBox<TaskAssignments.Colleague> to = new ComboBox<>("To");
        to.setId("reallocate-to");
        to.setItemLabelGenerator(TaskAssignments.Colleague::name);
        to.setItems(assignments.reallocationCandidates(task.id()).stream()
                .filter(c -> person.getValue() == null || !c.id().equals(person.getValue().id())).toList());
        TextArea why = new TextArea("Why (kept with the change)");
        why.setId("reallocate-reason");
        why.setMaxLength(2000);
        why.setWidth("30rem");
        Button save = new Button("Reallocate", e -> {
            try {
                assignments.reallocate(task.id(), to.getValue() == null ? null : to.getValue().id(), why.getValue());
            } catch (RuntimeException refused) {
                WorkflowFeedback.refused(refused, null);
                return;
            }
            dialog.close();
            WorkflowFeedback.success("\u2018" + task.name() + "\u2019 is now " + to.getValue().name() + "'s.");
            show();
        });
        save.setId("reallocate-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(to, why));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private void handOverAll() {
        if (person.getValue() == null) {
            WorkflowFeedback.refused(new org.partnerflow.workflow.Refusal("Choose whose work to hand over."), null);
            return;
        }
        try {
            LeaverCases.Handed handed = leaverCases.handOverAll(person.getValue().id(),
                    successor.getValue() == null ? null : successor.getValue().id(), reason.getValue());
            WorkflowFeedback.success(handed.tasks() + (handed.tasks() == 1 ? " task" : " tasks") + " handed to " + successor.getValue().name()
                    + (handed.cases() == 0 ? "." : "; " + handed.cases() + (handed.cases() == 1 ? " case waits" : " cases wait")
                    + " for them to take it on."));
        } catch (RuntimeException refused) {
            WorkflowFeedback.refused(refused, null); // what was chosen and typed stays, to correct
            return;
        }
        show();
    }
}
