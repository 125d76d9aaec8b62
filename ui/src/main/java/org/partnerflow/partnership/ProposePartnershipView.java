package org.partnerflow.partnership;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.partnerflow.MainLayout;
import org.partnerflow.workflow.ProcessStarts;
import org.partnerflow.workflow.TaskCompletion;
import org.partnerflow.workflow.WorkflowFeedback;
import org.partnerflow.workflow.form.CamundaFormView;

/** Propose a partnership: the process's start form, its partner checklist filled from the register. */
@Route(value = "partnerships/new", layout = MainLayout.class)
@PageTitle("Propose a partnership | Partnerflow")
@PermitAll
public class ProposePartnershipView extends VerticalLayout {

    static final String PROCESS = "partnership";

    private final TaskCompletion completion;
    private final Partnerships partnerships;
    private CamundaFormView form;

    public ProposePartnershipView(ProcessStarts starts, TaskCompletion completion, PartnerRegister register, Partnerships partnerships) {
        this.completion = completion;
        this.partnerships = partnerships;
        add(new H2("Propose a partnership"));
        var process = starts.forCurrentUser().stream().filter(p -> p.key().equals(PROCESS)).findFirst();
        if (process.isEmpty()) {
            add(new Paragraph("Partnership leads propose partnerships. Ask one to propose it, or ask an administrator for the role."));
            return;
        }
        add(new Paragraph("Partners come from the register. "), new RouterLink("Add an organisation to the register", OrganisationsView.class));
        String definitionId = process.get().definitionId();
        form = new CamundaFormView(completion.startFormOf(definitionId).orElseThrow(),
                Map.of("organisationOptions", register.asOptions()));
        form.setId("proposal-form");
        form.setWidth("44rem");
        form.getStyle().set("max-width", "100%");
        Button propose = new Button("Propose the partnership", e -> propose(definitionId));
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.setId("submit-proposal");
        add(form, propose);
    }

    private void propose(String definitionId) {
        ProcessInstance started;
        try {
            started = completion.start(definitionId, form.values());
        } catch (RuntimeException e) {
            WorkflowFeedback.refused(e, form);
            return;
        }
        WorkflowFeedback.success("Partnership proposed. Each partner has been asked to confirm its role.");
        partnerships.findByProcessInstanceId(started.getId()).ifPresent(p -> getUI().ifPresent(ui ->
                ui.navigate(PartnershipPage.class, new RouteParameters("partnershipId", String.valueOf(p.getId())))));
    }
}
