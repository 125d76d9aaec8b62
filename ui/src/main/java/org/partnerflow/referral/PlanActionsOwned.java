package org.partnerflow.referral;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import java.util.function.UnaryOperator;
import org.partnerflow.words.Words;

/**
 * "Your actions in this plan", for a team member who does not change the plan (an agency's joined
 * practitioner, say): the actions they own, as the plan is being changed now, with their progress
 * notes, and a way to note progress on each. Only the Lead Professional (or the Named Person) changes
 * an action itself, in the plan editor.
 */
class PlanActionsOwned extends Div {

    private final PlanProblem problem;

    PlanActionsOwned(ChildsPlanEditing editing, ChildsPlanEditing.Plan plan, UnaryOperator<String> names, Runnable reload) {
        problem = new PlanProblem("plan-my-actions", reload);
        setId("plan-my-actions");
        add(new H4("Your actions in this plan"));
        Grid<PlanAction> grid = new Grid<>(PlanAction.class, false);
        grid.setId("plan-my-actions-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(PlanAction::getWhat).setHeader("What").setKey("what").setFlexGrow(2);
        grid.addColumn(a -> Words.date(a.getByWhen())).setHeader("Due").setKey("due");
        grid.addColumn(a -> Words.of(a.getStatus())).setHeader("Status").setKey("status");
        grid.addColumn(a -> ProgressNoteDialog.notesOn(plan, a, names))
                .setHeader("Progress").setKey("progress").setFlexGrow(2);
        grid.addComponentColumn(a -> {
            Button note = new Button("Note progress", e -> ProgressNoteDialog.open(editing, plan, a, problem::tell, reload));
            note.setId("plan-my-action-note-" + a.getRef());
            note.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            note.setVisible(plan.mayNoteOn(a));
            return note;
        }).setHeader("").setKey("note").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(plan.myActions());
        add(problem, grid);
    }
}
