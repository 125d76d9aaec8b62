package org.partnerflow.partnership;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.partnerflow.indicators.RegionalIndicators;
import org.partnerflow.workflow.ProcessStarts;
import org.partnerflow.workflow.StartFormPanel;
import org.partnerflow.workflow.TaskCompletion;
import org.partnerflow.workflow.WorkflowFeedback;

/** Propose a partnership: the process's start form, its partner checklist filled from the register. */
@Route("partnerships/new")
@PageTitle("Propose a partnership | Partnerflow")
@PermitAll
public class ProposePartnershipView extends VerticalLayout {

    public ProposePartnershipView(ProcessStarts starts, TaskCompletion completion, PartnerRegister register, PartnershipRegistry partnerships,
                                 RegionalIndicators indicators) {
        add(new H2("Propose a partnership"));
        var process = starts.forCurrentUser().stream().filter(p -> p.key().equals(PartnershipFamily.KEY)).findFirst();
        if (process.isEmpty()) {
            add(new Paragraph("Partnership leads propose partnerships. Ask one to propose it, or ask an administrator for the role."));
            return;
        }
        add(new Paragraph("Partners come from the register. "), new RouterLink("Add an organisation to the register", OrganisationsView.class));
        add(new StartFormPanel(completion, process.get().definitionId(), Map.of("organisationOptions", register.asOptions(), "indicatorOptions", indicators.asOptions()),
                "proposal-form", "Propose the partnership", "submit-proposal", started -> {
                    WorkflowFeedback.success("Partnership proposed. Each partner has been asked to confirm its role.");
                    partnerships.partnershipOf(started.getId()).ifPresent(id -> getUI().ifPresent(ui ->
                            ui.navigate(PartnershipPage.class, new RouteParameters("partnershipId", String.valueOf(id)))));
                }));
    }
}
