package org.partnerflow.referral;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.camunda.bpm.engine.AuthorizationException;
import org.partnerflow.workflow.Refusal;
import org.partnerflow.workflow.StaleRecordException;
import org.partnerflow.workflow.form.FormValidationException;

/**
 * Noting progress on one action of the Child's Plan, from the plan editor and from "Your actions"
 * alike. The note states the draft version the page showed; a note refused for its words is told
 * beside the field with the text kept, a note on a plan changed meanwhile (or an action no longer the
 * writer's) closes the dialog and is told by {@code tell}.
 */
final class ProgressNoteDialog {

    private ProgressNoteDialog() {
    }

    /** The action's progress notes in one line, oldest first: date, who (by full name), what. */
    static String notesOn(ChildsPlanEditing.Plan plan, PlanAction action, java.util.function.UnaryOperator<String> names) {
        return plan.notes().getOrDefault(action.getRef(), java.util.List.of()).stream()
                .map(n -> org.partnerflow.words.Words.date(n.getNotedOn()) + ", " + names.apply(n.getNotedBy()) + ": " + n.getNote())
                .collect(java.util.stream.Collectors.joining(" · "));
    }

    static void open(ChildsPlanEditing editing, ChildsPlanEditing.Plan plan, PlanAction action, Consumer<String> tell, Runnable reload) {
        Dialog dialog = new Dialog();
        dialog.setId("plan-note-dialog");
        dialog.setHeaderTitle("Progress on: " + action.getWhat());
        TextArea note = new TextArea("What progress was made (dated today, signed by you)");
        note.setId("plan-note-text");
        note.setWidth("28rem");
        note.setMaxLength(4000);
        Button save = new Button("Add note", e -> {
            note.setInvalid(false);
            try {
                editing.addProgressNote(plan.concernId(), plan.draft().getVersion(), action.getRef(), note.getValue());
            } catch (FormValidationException refused) {
                note.setErrorMessage(String.join(" ", refused.fieldErrors().values()));
                note.setInvalid(true);
                return;
            } catch (StaleRecordException | Refusal | AuthorizationException stale) {
                dialog.close();
                tell.accept(stale.getMessage());
                return;
            }
            dialog.close();
            reload.run();
        });
        save.setId("plan-note-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(note);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }
}
