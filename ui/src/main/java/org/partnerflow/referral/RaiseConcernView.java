package org.partnerflow.referral;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.partnerflow.establishment.EstablishmentRegister;
import org.partnerflow.workflow.ProcessStarts;
import org.partnerflow.workflow.TaskCompletion;
import org.partnerflow.workflow.WorkflowFeedback;
import org.partnerflow.workflow.form.CamundaFormView;

/**
 * Raise a wellbeing concern: the referral's start form, plus a check of whether the child is already
 * known that reveals nothing about other children.
 */
@Route("concerns/new")
@PageTitle("Raise a concern | Partnerflow")
@Menu(order = 20, title = "Raise a concern", icon = "vaadin:exclamation-circle-o")
@PermitAll
public class RaiseConcernView extends VerticalLayout {

    private final TaskCompletion completion;
    private final ChildMatches matches;
    private final ChildsCases cases;
    private final Span childMatch = new Span();
    private CamundaFormView form;

    public RaiseConcernView(ProcessStarts starts, TaskCompletion completion, ChildMatches matches, ChildsCases cases,
                            EstablishmentRegister establishments) {
        this.completion = completion;
        this.matches = matches;
        this.cases = cases;
        add(new H2("Raise a wellbeing concern"));
        var referral = starts.forCurrentUser().stream().filter(p -> p.key().equals(ReferralFamily.KEY)).findFirst();
        if (referral.isEmpty()) {
            add(new Paragraph("Your roles do not raise wellbeing concerns here. Speak to the child's Named Person."));
            return;
        }
        String definitionId = referral.get().definitionId();
        form = new CamundaFormView(completion.startFormOf(definitionId).orElseThrow(),
                Map.of("establishmentOptions", establishments.asOptions()));
        form.setId("concern-form");
        form.setWidth("40rem");
        form.getStyle().set("max-width", "100%");
        childMatch.setId("child-match");
        childMatch.getElement().setAttribute("aria-live", "polite");
        Button check = new Button("Check the child's record", e -> checkChild());
        check.setId("check-child");
        Button raise = new Button("Raise the concern", e -> raise(definitionId));
        raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        raise.setId("raise-concern");
        add(form, childMatch, new HorizontalLayout(check, raise));
    }

    private void checkChild() {
        Map<String, Object> v = form.values();
        try {
            ChildMatches.Match match = matches.match((String) v.get("childGivenName"), (String) v.get("childFamilyName"),
                    LocalDate.parse(String.valueOf(v.get("childDateOfBirth"))), (String) v.get("childCandidateNumber"));
            childMatch.setText(switch (match) {
                case KNOWN -> "This child is already known by their Scottish Candidate Number: the concern will be added to their record.";
                case POSSIBLE_DUPLICATE -> "This may be a child already known. The concern will be kept with the details you "
                        + "entered until the Named Person checks whether it is the same child. Check the spelling of the names.";
                case CANDIDATE_NUMBER_CLASH -> "This Scottish Candidate Number belongs to a child with a different name or "
                        + "date of birth. Check it, or leave it out.";
                case NEW -> "No record of this child yet: a new one will be made.";
            });
        } catch (DateTimeParseException | NullPointerException e) {
            childMatch.setText("Enter the child's names and date of birth first.");
        }
    }

    private void raise(String definitionId) {
        ProcessInstance referral;
        try {
            referral = completion.start(definitionId, form.values());
        } catch (RuntimeException e) {
            WorkflowFeedback.refused(e, form);
            return;
        }
        WorkflowFeedback.success("Concern raised. " + ("yes".equals(form.values().get("immediateRisk"))
                ? "Child protection has been told." : "The Named Person will assess it."));
        cases.caseOf(referral.getId()).ifPresent(id -> getUI().ifPresent(ui ->
                ui.navigate(CasePage.class, new RouteParameters("concernId", String.valueOf(id)))));
    }
}
