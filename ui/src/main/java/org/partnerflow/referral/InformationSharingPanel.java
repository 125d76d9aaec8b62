package org.partnerflow.referral;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.AuthorizationException;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.Refusal;
import org.partnerflow.workflow.WorkflowFeedback;

/**
 * The case page's consent and information sharing: each consent record, with consent withdrawn
 * clearly marked for the agencies it was withdrawn for; each share with what Practice Guidance 4
 * asks (lawful basis, told or why not, views, advice); and, for the case's Named Person or Lead
 * Professional, recording that consent was withdrawn.
 */
class InformationSharingPanel extends Div {

    private final InformationSharing sharing;
    private final long concernId;
    private final Runnable reload;

    InformationSharingPanel(InformationSharing sharing, CaseFile file, UnaryOperator<String> names, Runnable reload) {
        this.sharing = sharing;
        this.concernId = file.concern().getId();
        this.reload = reload;
        setId("case-consent");
        add(new H3("Consent and information sharing"));
        List<ConsentWithdrawal> withdrawals = sharing.withdrawalsFor(concernId);
        if (file.consents().isEmpty()) {
            add(new Paragraph("Not recorded yet."));
        }
        for (ConsentRecord c : file.consents()) {
            add(consent(c, withdrawals.stream().filter(w -> w.getConsentId().equals(c.getId())).toList(), names));
        }
        if (!file.sharing().isEmpty()) {
            UnorderedList shares = new UnorderedList();
            shares.setId("case-sharing-decisions");
            for (InformationSharingDecision d : file.sharing()) {
                shares.add(new ListItem(Words.dateTime(d.getDecidedAt()) + " · "
                        + (d.isShared() ? "shared with " + PartnerAgency.nameOf(d.getAgency()) + " (" + Words.of(d.getBasis()) + "): "
                                + d.getWhatShared() + " · reason: " + d.getReason() : "not shared: " + d.getReason())
                        + notes(d.getNotes(), d.isShared())
                        + (d.getDecidedBy() != null ? " · by " + names.apply(d.getDecidedBy()) : "")));
            }
            add(new Paragraph("What was shared, with whom and why:"), shares);
        }
        List<String> withdrawable = sharing.withdrawable(concernId);
        if (!withdrawable.isEmpty()) {
            Button withdraw = new Button("Record consent withdrawn", e -> withdrawDialog(withdrawable));
            withdraw.setId("withdraw-consent");
            add(withdraw);
        }
    }

    private static Div consent(ConsentRecord c, List<ConsentWithdrawal> withdrawals, UnaryOperator<String> names) {
        Div record = new Div();
        record.addClassName("consent-record");
        record.add(new Paragraph(c.isConsentGiven()
                ? "Consent given by " + c.getGivenBy() + " on " + Words.date(c.getGivenOn()) + " for: " + c.getScope()
                        + " · agencies: " + PartnerAgency.namesOf(c.getAgencies().stream().sorted().toList())
                : c.isSharesWithoutConsent()
                        ? "No consent; " + c.getScope() + " may be shared with " + PartnerAgency.namesOf(c.getAgencies().stream().sorted().toList())
                                + " without it because: " + c.getReasonWithoutConsent()
                        : "No consent: nothing is shared beyond the Named Person's agency."));
        String notes = notes(c.getNotes(), c.mayShare());
        if (!notes.isEmpty()) {
            record.add(new Paragraph(notes.substring(" · ".length())));
        }
        for (ConsentWithdrawal w : withdrawals) {
            Paragraph withdrawn = new Paragraph();
            withdrawn.addClassName("consent-withdrawn");
            withdrawn.getElement().setAttribute("role", "status");
            Span mark = new Span("Consent withdrawn");
            mark.getElement().getThemeList().add("badge error");
            withdrawn.add(mark, new Span(" for " + PartnerAgency.namesOf(w.getAgencies().stream().sorted().toList()) + " by "
                    + w.getWithdrawnBy() + " on " + Words.date(w.getWithdrawnOn()) + ": nothing more is shared with "
                    + (w.getAgencies().size() == 1 ? "it" : "them") + " · recorded by " + names.apply(w.getRecordedBy())
                    + (w.getNote() == null ? "" : " · " + w.getNote())));
            record.add(withdrawn);
        }
        return record;
    }

    /** Practice Guidance 4's notes, each " · "-prefixed; nothing for records from before they were asked. */
    private static String notes(SharingNotes n, boolean shares) {
        List<String> parts = new ArrayList<>();
        if (shares && n.getLawfulBasis() != null) {
            parts.add("lawful basis: " + Words.of(n.getLawfulBasis()));
        }
        if (Boolean.TRUE.equals(n.getFamilyTold())) {
            parts.add("the child or parent was told");
        } else if (Boolean.FALSE.equals(n.getFamilyTold())) {
            parts.add("the child or parent was not told, because: " + n.getNotToldReason());
        }
        if (n.getFamilyViews() != null) {
            parts.add("their views: " + n.getFamilyViews());
        }
        if (n.getAdviceFrom() != null) {
            parts.add("advice from " + n.getAdviceFrom() + ": " + n.getAdviceGiven());
        }
        return parts.stream().map(p -> " · " + p).reduce("", String::concat);
    }

    private void withdrawDialog(List<String> withdrawable) {
        Dialog dialog = new Dialog();
        dialog.setId("withdraw-consent-dialog");
        dialog.setHeaderTitle("Record consent withdrawn");
        CheckboxGroup<String> agencies = new CheckboxGroup<>("For which agencies (none ticked: all the consent still covers)");
        agencies.setId("withdraw-consent-agencies");
        agencies.setItems(withdrawable);
        agencies.setItemLabelGenerator(PartnerAgency::nameOf);
        TextField who = new TextField("Withdrawn by (the child, or the parent or carer's name)");
        who.setId("withdraw-consent-by");
        who.setMaxLength(200);
        who.setWidth("30rem");
        DatePicker on = new DatePicker("Date consent was withdrawn");
        on.setId("withdraw-consent-on");
        on.setValue(LocalDate.now(Words.ZONE));
        on.setMax(LocalDate.now(Words.ZONE));
        TextArea note = new TextArea("Note (optional; goes in the child's chronology)");
        note.setId("withdraw-consent-note");
        note.setMaxLength(2000);
        note.setWidth("30rem");
        Paragraph problem = new Paragraph();
        problem.setId("withdraw-consent-problem");
        problem.setVisible(false);
        Button save = new Button("Record", e -> {
            try {
                Set<String> chosen = agencies.getValue();
                sharing.withdrawConsent(concernId, who.getValue(), on.getValue(), chosen, note.getValue());
            } catch (Refusal | AuthorizationException | NoAccessException refused) {
                problem.setText(refused.getMessage());
                problem.setVisible(true);
                return;
            }
            dialog.close();
            WorkflowFeedback.success("Consent withdrawal recorded: nothing more is shared with those agencies, and the team is told.");
            reload.run();
        });
        save.setId("withdraw-consent-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph("From now on nothing more is shared with the agencies you choose, and an invitation to one of them"
                + " is refused. Consent itself stays on record as it was given."));
        dialog.add(new VerticalLayout(agencies, who, on, note, problem));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }
}
