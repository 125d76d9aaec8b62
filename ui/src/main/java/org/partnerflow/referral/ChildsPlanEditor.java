package org.partnerflow.referral;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.Refusal;
import org.partnerflow.workflow.StaleRecordException;
import org.partnerflow.workflow.form.FormValidationException;

/**
 * The plan editor on the case page, for the Lead Professional (with none, the Named Person): the plan
 * as it is being changed between reviews, what changed since the agreed version, and the changes
 * themselves: the needs and what will help (services) reworded; outcomes per indicator added, reworded or marked met; actions added, changed (owner from
 * the team now, agency, due date, status) or removed; progress noted. Each change states the draft
 * version it was made from; if someone else changed the plan meanwhile it is refused in words and the
 * editor offers to reload. Refused input is told beside its field.
 */
public class ChildsPlanEditor extends Div {

    private final ChildsPlanEditing editing;
    private final ChildsPlanEditing.Plan plan;
    private final Runnable reload;
    private final java.util.function.UnaryOperator<String> names;
    private final PlanProblem problem;

    /** A change to send to the service; it throws what the service refuses. */
    private interface Change {
        void send();
    }

    ChildsPlanEditor(ChildsPlanEditing editing, ChildsPlanEditing.Plan plan, java.util.function.UnaryOperator<String> names, Runnable reload) {
        this.names = names;
        this.editing = editing;
        this.plan = plan;
        this.reload = reload;
        setId("plan-editor");
        ChildsPlanDraft draft = plan.draft();
        add(new H4("Changes for the next review"));
        add(new Paragraph("Change the plan here between reviews; the review agrees it as the next version."
                + (draft.getChangedAt() == null ? "" : " Last changed " + Words.dateTime(draft.getChangedAt()) + ".")));
        Div changes = new Div();
        changes.setId("plan-draft-changes");
        changes.add(plan.changesInDraft().isEmpty() ? new Paragraph("No changes yet since version " + draft.getBasedOnVersion() + ".")
                : ChildsPlanPanel.list(plan.changesInDraft()));
        problem = new PlanProblem("plan-editor", reload);
        add(changes, problem, needsAndServices(draft), outcomes(draft), actions(draft));
    }

    /** The plan's wellbeing needs and what will help (services), reworded together. */
    private Div needsAndServices(ChildsPlanDraft draft) {
        TextArea needs = new TextArea("Wellbeing needs (what we are worried about, with the child's and parents' views)");
        needs.setId("plan-needs");
        needs.setWidth("40rem");
        needs.setMaxLength(4000);
        needs.setValue(draft.getNeedsSummary() == null ? "" : draft.getNeedsSummary());
        TextArea services = new TextArea("What will help (the services and how support is given)");
        services.setId("plan-services");
        services.setWidth("40rem");
        services.setMaxLength(4000);
        services.setValue(draft.getServices() == null ? "" : draft.getServices());
        Map<String, HasValidation> fields = Map.of("needsSummary", needs, "services", services);
        Button save = new Button("Save needs and what will help", e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                editing.describe(plan.concernId(), draft.getVersion(), needs.getValue(), services.getValue());
            } catch (FormValidationException refused) {
                markRefused(fields, refused);
                tell(String.join(" ", refused.fieldErrors().values()));
                return;
            } catch (StaleRecordException | Refusal stale) {
                tell(stale.getMessage());
                return;
            }
            reload.run();
        });
        save.setId("plan-needs-save");
        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Paragraph review = new Paragraph("Next review: " + Words.date(plan.current().getReviewDate())
                + " (the review itself sets the one after).");
        review.setId("plan-editor-review-date");
        Div section = new Div(needs, services, save, review);
        section.setId("plan-editor-needs");
        return section;
    }

    private Div outcomes(ChildsPlanDraft draft) {
        Div outcomes = new Div();
        outcomes.setId("plan-editor-outcomes");
        for (WellbeingIndicator indicator : WellbeingIndicator.values()) {
            PlanOutcome outcome = draft.getOutcomes().get(indicator);
            TextField text = new TextField(Words.of(indicator));
            text.setId("plan-outcome-" + indicator.name());
            text.setWidth("28rem");
            text.setMaxLength(2000);
            text.setValue(outcome == null ? "" : outcome.getText());
            Button save = new Button(outcome == null ? "Add outcome" : "Reword", e -> change(text,
                    () -> editing.setOutcome(plan.concernId(), draft.getVersion(), indicator, text.getValue())));
            save.setId("plan-outcome-save-" + indicator.name());
            save.addThemeVariants(ButtonVariant.LUMO_SMALL);
            HorizontalLayout row = new HorizontalLayout(text, save);
            row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
            if (outcome != null && outcome.isMet()) {
                row.add(new Span("Met on " + Words.date(outcome.getMetOn())));
            } else if (outcome != null) {
                Button met = new Button("Mark met", e -> change(null,
                        () -> editing.markOutcomeMet(plan.concernId(), draft.getVersion(), indicator)));
                met.setId("plan-outcome-met-" + indicator.name());
                met.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                row.add(met);
            }
            outcomes.add(row);
        }
        return outcomes;
    }

    private Div actions(ChildsPlanDraft draft) {
        Grid<PlanAction> grid = new Grid<>(PlanAction.class, false);
        grid.setId("plan-editor-actions");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(PlanAction::getWhat).setHeader("What").setKey("what").setFlexGrow(2);
        grid.addColumn(a -> a.getWho() == null ? "" : a.getWho()).setHeader("Owner").setKey("owner");
        grid.addColumn(a -> a.getAgency() == null ? "" : a.getAgency()).setHeader("Agency").setKey("agency");
        grid.addColumn(a -> Words.date(a.getByWhen())).setHeader("Due").setKey("due");
        grid.addColumn(a -> Words.of(a.getStatus())).setHeader("Status").setKey("status");
        grid.addColumn(a -> ProgressNoteDialog.notesOn(plan, a, names))
                .setHeader("Progress").setKey("progress").setFlexGrow(2);
        grid.addComponentColumn(a -> {
            Button edit = new Button("Change", e -> actionDialog(draft, a));
            edit.setId("plan-action-change-" + a.getRef());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            Button note = new Button("Note progress", e -> ProgressNoteDialog.open(editing, plan, a, this::tell, reload));
            note.setId("plan-action-note-" + a.getRef());
            note.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            note.setVisible(plan.mayNoteOn(a));
            return new HorizontalLayout(edit, note);
        }).setHeader("").setKey("edit").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(draft.getActions());
        Button add = new Button("Add an action", e -> actionDialog(draft, null));
        add.setId("plan-action-add");
        Div actions = new Div(grid, add);
        actions.setId("plan-editor-action-list");
        return actions;
    }

    /** Adds an action ({@code action} null) or changes one. */
    private void actionDialog(ChildsPlanDraft draft, PlanAction action) {
        Dialog dialog = new Dialog();
        dialog.setId("plan-action-dialog");
        dialog.setHeaderTitle(action == null ? "Add an action" : "Change the action");
        TextArea what = new TextArea("What will be done");
        what.setId("plan-action-what");
        what.setWidth("28rem");
        what.setMaxLength(1000);
        ComboBox<PlanOwner> owner = new ComboBox<>("Owner (a member of the team around the child)");
        owner.setId("plan-action-owner");
        owner.setWidth("28rem");
        owner.setItems(plan.team());
        owner.setItemLabelGenerator(o -> o.fullName() + (o.agency() == null ? "" : " (" + o.agency() + ")"));
        TextField agency = new TextField("Agency (the owner's, if left blank)");
        agency.setId("plan-action-agency");
        agency.setWidth("28rem");
        agency.setMaxLength(200);
        DatePicker due = new DatePicker("Due");
        due.setId("plan-action-due");
        due.setMin(plan.planDate());
        Select<PlanAction.Status> status = new Select<>();
        status.setLabel("Status");
        status.setId("plan-action-status");
        status.setItems(PlanAction.Status.values());
        status.setItemLabelGenerator(Words::of);
        status.setValue(PlanAction.Status.NOT_STARTED);
        Paragraph ownerLeft = new Paragraph();
        if (action != null) {
            what.setValue(action.getWhat());
            plan.team().stream().filter(o -> o.id().equals(action.getOwnerId())).findFirst().ifPresentOrElse(owner::setValue,
                    () -> ownerLeft.setText(action.getWho() == null ? "No owner yet: choose one from the team."
                            : action.getWho() + " is not on the team now: choose a new owner."));
            agency.setValue(action.getAgency() == null ? "" : action.getAgency());
            due.setValue(action.getDueDate());
            status.setValue(action.getStatus());
        }
        Map<String, HasValidation> fields = Map.of("what", what, "owner", owner, "agency", agency, "dueDate", due, "status", status);
        Paragraph dialogProblem = new Paragraph();
        dialogProblem.setId("plan-action-problem");
        dialogProblem.setVisible(false);
        Button save = new Button(action == null ? "Add" : "Save", e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            ChildsPlanEditing.ActionEdit edit = new ChildsPlanEditing.ActionEdit(what.getValue(),
                    owner.getValue() == null ? (action == null ? null : action.getOwnerId()) : owner.getValue().id(), agency.getValue(),
                    due.getValue(), status.getValue());
            try {
                if (action == null) {
                    editing.addAction(plan.concernId(), draft.getVersion(), edit);
                } else {
                    editing.changeAction(plan.concernId(), draft.getVersion(), action.getRef(), edit);
                }
            } catch (FormValidationException refused) {
                markRefused(fields, refused);
                dialogProblem.setText(String.join(" ", refused.fieldErrors().values()));
                dialogProblem.setVisible(true);
                return;
            } catch (StaleRecordException | Refusal stale) {
                dialog.close();
                tell(stale.getMessage());
                return;
            }
            dialog.close();
            reload.run();
        });
        save.setId("plan-action-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> dialog.close());
        VerticalLayout body = new VerticalLayout(what, owner, ownerLeft, agency, due, status, dialogProblem);
        if (action != null) {
            Button remove = new Button("Take out of the plan", e -> {
                dialog.close();
                change(null, () -> editing.removeAction(plan.concernId(), draft.getVersion(), action.getRef()));
            });
            remove.setId("plan-action-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            dialog.getFooter().add(remove);
        }
        dialog.add(body);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    /** Sends a change; refused, it says why (beside {@code field} if given), else the plan is shown again as it now is. */
    private void change(HasValidation field, Change change) {
        try {
            change.send();
        } catch (FormValidationException refused) {
            String words = String.join(" ", refused.fieldErrors().values());
            if (field != null) {
                field.setErrorMessage(words);
                field.setInvalid(true);
            }
            tell(words);
            return;
        } catch (StaleRecordException | Refusal stale) {
            tell(stale.getMessage());
            return;
        }
        reload.run();
    }

    /** Tells each refused answer beside its field. */
    private static void markRefused(Map<String, HasValidation> fields, FormValidationException refused) {
        refused.fieldErrors().forEach((field, words) -> {
            HasValidation f = fields.get(field);
            if (f != null) {
                f.setErrorMessage(words);
                f.setInvalid(true);
            }
        });
    }

    private void tell(String words) {
        problem.tell(words);
    }
}
