package org.partnerflow.referral;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.partnerflow.referral.TeamMeeting.FamilyAgreement;
import org.partnerflow.referral.TeamMeeting.Part;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.form.FormValidationException;

/**
 * Recording a team-around-the-child meeting: kind, held (date, place) or not held (why, reviews
 * only), everyone invited with whether they came (the case's team, the child and parents and carers
 * to begin with; an advocate or anyone else added by name), the child's and the family's views in
 * their own words, what was decided, and whether the family agrees the plan. The service checks it
 * (a meeting in the future, a disagreement without its reason) and the refusal is shown here in words.
 */
public class MeetingForm extends Dialog {

    private final TeamAroundTheChildMeetings meetings;
    private final long concernId;
    private final Runnable reload;

    final RadioButtonGroup<TeamMeeting.Kind> kind = new RadioButtonGroup<>("Meeting");
    final Checkbox held = new Checkbox("The meeting was held", true);
    final DatePicker heldOn = new DatePicker("Date held");
    final TextField place = new TextField("Where (or how: by video call)");
    final TextArea notHeldReason = new TextArea("Why no meeting was held");
    final VerticalLayout people = new VerticalLayout();
    private final List<Row> rows = new ArrayList<>();
    final TextArea childViews = new TextArea("The child's views, in their own words");
    final TextArea familyViews = new TextArea("The family's views, in their own words");
    final TextArea decisions = new TextArea("What was decided");
    final RadioButtonGroup<FamilyAgreement> agreement = new RadioButtonGroup<>("Does the family agree the plan? (It is voluntary.)");
    final TextArea agreementReason = new TextArea("Why");
    final Paragraph problem = new Paragraph();

    /** One person in the list: who they are, and the two boxes. */
    private record Row(Part part, String name, String userId, Checkbox invited, Checkbox attended) {
    }

    public MeetingForm(TeamAroundTheChildMeetings meetings, WellbeingConcern concern, Runnable reload) {
        this.meetings = meetings;
        this.concernId = concern.getId();
        this.reload = reload;
        setId("meeting-dialog");
        setHeaderTitle("Record a team-around-the-child meeting");

        kind.setId("meeting-kind");
        kind.setItems(TeamMeeting.Kind.values());
        kind.setItemLabelGenerator(Words::of);
        kind.setValue(meetings.nextKind(concern));
        held.setId("meeting-held");
        heldOn.setId("meeting-held-on");
        heldOn.setValue(LocalDate.now(Words.ZONE));
        heldOn.setMax(LocalDate.now(Words.ZONE));
        place.setId("meeting-place");
        place.setMaxLength(200);
        place.setWidth("30rem");
        notHeldReason.setId("meeting-not-held-reason");
        notHeldReason.setMaxLength(2000);
        notHeldReason.setWidth("30rem");

        people.setId("meeting-people");
        people.setPadding(false);
        people.setSpacing(false);
        people.add(new H4("Who was invited, and who came"));
        meetings.invitees(concern).forEach(i -> addRow(i.part(), i.name() + " (" + i.about() + ")", i.name(), i.userId()));
        ComboBox<Part> addPart = new ComboBox<>("Part");
        addPart.setId("meeting-add-part");
        addPart.setItems(Part.values());
        addPart.setItemLabelGenerator(Words::of);
        addPart.setValue(Part.ADVOCATE);
        TextField addName = new TextField("Name");
        addName.setId("meeting-add-name");
        addName.setMaxLength(200);
        Button add = new Button("Add someone", e -> {
            if (addPart.getValue() != null && !addName.getValue().isBlank()) {
                addRow(addPart.getValue(), addName.getValue().strip() + " (" + Words.of(addPart.getValue()) + ")", addName.getValue().strip(),
                        null);
                addName.clear();
            }
        });
        add.setId("meeting-add-person");
        HorizontalLayout adding = new HorizontalLayout(addPart, addName, add);
        adding.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        for (TextArea views : List.of(childViews, familyViews, decisions)) {
            views.setMaxLength(4000);
            views.setWidth("30rem");
        }
        childViews.setId("meeting-child-views");
        familyViews.setId("meeting-family-views");
        decisions.setId("meeting-decisions");
        agreement.setId("meeting-agreement");
        agreement.setItems(FamilyAgreement.values());
        agreement.setItemLabelGenerator(a -> "The family " + Words.of(a));
        agreementReason.setId("meeting-agreement-reason");
        agreementReason.setMaxLength(2000);
        agreementReason.setWidth("30rem");
        agreementReason.setVisible(false);
        agreement.addValueChangeListener(e -> agreementReason.setVisible(e.getValue() != null && e.getValue() != FamilyAgreement.AGREED));
        problem.setId("meeting-problem");
        problem.setVisible(false);

        VerticalLayout heldPart = new VerticalLayout(heldOn, place, people, adding, childViews, familyViews, decisions, agreement,
                agreementReason);
        heldPart.setPadding(false);
        notHeldReason.setVisible(false);
        held.addValueChangeListener(e -> {
            heldPart.setVisible(e.getValue());
            notHeldReason.setVisible(!e.getValue());
        });

        Button save = new Button("Save the meeting", e -> save());
        save.setId("meeting-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        add(new VerticalLayout(kind, held, notHeldReason, heldPart, problem));
        getFooter().add(cancel, save);
    }

    private void addRow(Part part, String label, String name, String userId) {
        int n = rows.size();
        Checkbox invited = new Checkbox("Invited", true);
        invited.setId("meeting-invited-" + n);
        Checkbox attended = new Checkbox("Attended", false);
        attended.setId("meeting-attended-" + n);
        Span who = new Span(Words.of(part) + ": " + label);
        who.setId("meeting-person-" + n);
        who.setWidth("22rem");
        rows.add(new Row(part, name, userId, invited, attended));
        HorizontalLayout row = new HorizontalLayout(who, invited, attended);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        people.add(row);
    }

    private void save() {
        List<TeamMeeting.Person> present = rows.stream().filter(r -> r.invited().getValue() || r.attended().getValue())
                .map(r -> new TeamMeeting.Person(r.part(), r.name(), r.userId(), r.invited().getValue(), r.attended().getValue())).toList();
        Map<String, HasValidation> fields = Map.of("heldOn", heldOn, "place", place, "notHeldReason", notHeldReason,
                "agreementReason", agreementReason, "childViews", childViews, "familyViews", familyViews, "decisions", decisions);
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            meetings.record(concernId, new TeamAroundTheChildMeetings.MeetingRecord(kind.getValue(), held.getValue(), heldOn.getValue(),
                    place.getValue(), notHeldReason.getValue(), present, childViews.getValue(), familyViews.getValue(), decisions.getValue(),
                    agreement.getValue(), agreementReason.getValue()));
        } catch (FormValidationException invalid) {
            invalid.fieldErrors().forEach((field, words) -> {
                HasValidation marked = fields.get(field);
                if (marked != null) {
                    marked.setErrorMessage(words);
                    marked.setInvalid(true);
                }
            });
            show(String.join(" ", invalid.fieldErrors().values()));
            return;
        } catch (AuthorizationException | NoAccessException refused) {
            show(refused.getMessage());
            return;
        }
        close();
        Notification.show("Meeting recorded", 4000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        reload.run();
    }

    private void show(String words) {
        problem.setText(words);
        problem.setVisible(true);
    }
}
