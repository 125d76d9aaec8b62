package org.partnerflow.referral;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.partnerflow.identity.People;
import org.partnerflow.workflow.Refusal;
import org.partnerflow.workflow.WorkflowFeedback;

/**
 * The case page's changes of hands: change the Named Person or school, transfer to another council,
 * change the Lead Professional. Only the buttons the policy allows the person are shown; each opens
 * a dialog, and a refusal is shown in it in words. The answers are tasks, worked in the inbox.
 */
class ChangesOfHandsPanel extends HorizontalLayout {

    private final ChangesOfHands changes;
    private final long concernId;
    private final Runnable reload;

    ChangesOfHandsPanel(ChangesOfHands changes, long concernId, Runnable reload) {
        this.changes = changes;
        this.concernId = concernId;
        this.reload = reload;
        setId("changes-of-hands");
        ChangesOfHands.Allowed allowed = changes.allowed(concernId);
        if (allowed.namedPerson()) {
            add(button("Change Named Person or school", "change-named-person", this::changeNamedPerson));
        }
        if (allowed.transfer()) {
            add(button("Transfer to another council", "transfer-council", this::transfer));
        }
        if (allowed.leadProfessional()) {
            add(button("Change Lead Professional", "change-lead-professional", this::changeLeadProfessional));
        }
        setVisible(getComponentCount() > 0);
    }

    private static Button button(String text, String id, Runnable open) {
        Button button = new Button(text, e -> open.run());
        button.setId(id);
        return button;
    }

    private void changeNamedPerson() {
        ComboBox<Map<String, String>> establishment = establishments("The child's school or setting (new, or the same)");
        ComboBox<People.Person> namedPerson = new ComboBox<>("Named Person asked (optional: else any of its Named Persons)");
        namedPerson.setId("change-named-person-person");
        namedPerson.setItemLabelGenerator(People.Person::name);
        namedPerson.setClearButtonVisible(true);
        namedPerson.setWidth("30rem");
        establishment.addValueChangeListener(e -> namedPerson.setItems(e.getValue() == null ? List.of()
                : changes.namedPersonsOf(e.getValue().get("value"))));
        dialog("Change Named Person or school", "The Named Persons of the school or setting you choose (or the one you name) are"
                + " asked to take the child on. It must be in the child's council: for another council, transfer the record.",
                (reason) -> changes.changeNamedPerson(concernId, value(establishment),
                        namedPerson.getValue() == null ? null : namedPerson.getValue().id(), reason), establishment, namedPerson);
    }

    private void transfer() {
        ComboBox<Map<String, String>> establishment = establishments("The receiving school or setting, in another council");
        dialog("Transfer to another council", "The receiving establishment's Named Persons accept or decline. If they accept, the"
                + " record moves to their council and this council's managers can no longer open it; unanswered, it lapses.",
                (reason) -> changes.proposeTransfer(concernId, value(establishment), reason), establishment);
    }

    private void changeLeadProfessional() {
        ComboBox<People.Person> person = new ComboBox<>("New Lead Professional");
        person.setId("change-lead-professional-person");
        person.setItems(changes.leadProfessionals());
        person.setItemLabelGenerator(People.Person::name);
        person.setWidth("30rem");
        dialog("Change Lead Professional", "The person you choose is asked to take the case on; the open tasks of the Lead"
                + " Professional pass to them if they accept.",
                (reason) -> changes.changeLeadProfessional(concernId, person.getValue() == null ? null : person.getValue().id(), reason),
                person);
    }

    private ComboBox<Map<String, String>> establishments(String label) {
        ComboBox<Map<String, String>> establishment = new ComboBox<>(label);
        establishment.setId("change-of-hands-establishment");
        establishment.setItems(changes.establishments());
        establishment.setItemLabelGenerator(o -> o.get("label"));
        establishment.setWidth("30rem");
        return establishment;
    }

    private static String value(ComboBox<Map<String, String>> establishment) {
        return establishment.getValue() == null ? null : establishment.getValue().get("value");
    }

    /** What a dialog asks for, given the reason typed. */
    private interface Request {
        void send(String reason);
    }

    private void dialog(String title, String explanation, Request request, com.vaadin.flow.component.Component... fields) {
        Dialog dialog = new Dialog();
        dialog.setId("change-of-hands-dialog");
        dialog.setHeaderTitle(title);
        TextArea reason = new TextArea("Reason (goes in the child's chronology)");
        reason.setId("change-of-hands-reason");
        reason.setMaxLength(2000);
        reason.setWidth("30rem");
        Paragraph problem = new Paragraph();
        problem.setId("change-of-hands-problem");
        problem.setVisible(false);
        Button send = new Button("Ask", e -> {
            try {
                request.send(reason.getValue());
            } catch (Refusal | AuthorizationException | NoAccessException refused) {
                problem.setText(refused.getMessage());
                problem.setVisible(true);
                return;
            }
            dialog.close();
            WorkflowFeedback.success("Asked: the answer will be on the case's chronology.");
            reload.run();
        });
        send.setId("change-of-hands-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(explanation));
        dialog.add(fields);
        dialog.add(reason, problem);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), send);
        dialog.open();
    }
}
