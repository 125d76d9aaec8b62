package org.partnerflow.referral;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/**
 * The family's plan as a page to print: the same content as the PDF ({@link FamilyPlanHtml}), with no
 * navigation, and the buttons left off the paper. For the team working on the case
 * ({@link FamilyPlans#take}); anyone else sees "No access", and both are logged.
 */
@Route(value = "cases/:concernId/family-plan", autoLayout = false)
@PageTitle("The family's plan (print) | Partnerflow")
@PermitAll
public class FamilyPlanPage extends Div implements BeforeEnterObserver {

    /** On paper only the plan: the buttons and the note to the team stay on screen. */
    private static final String PRINT_CSS = "<style>@media print { .no-print { display: none !important; } "
            + "@page { size: A4; margin: 18mm; } }</style>";

    private final FamilyPlans familyPlans;

    public FamilyPlanPage(FamilyPlans familyPlans) {
        this.familyPlans = familyPlans;
        getStyle().set("padding", "1rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long concernId;
        Optional<FamilyPlan> plan;
        try {
            concernId = Long.parseLong(event.getRouteParameters().get("concernId").orElse(""));
            plan = familyPlans.take(concernId, FamilyPlans.PAGE_VIEW);
        } catch (NumberFormatException | NoAccessException e) {
            H2 title = new H2("No access");
            title.setId("no-access");
            add(title, new Paragraph(new NoAccessException().getMessage()),
                    new Paragraph("The family's plan is for the people working on the case: ask its Named Person or Lead Professional."),
                    new RouterLink("Back to inbox", org.partnerflow.workflow.InboxView.class));
            return;
        }
        RouterLink back = new RouterLink("Back to the case", CasePage.class, new RouteParameters("concernId", String.valueOf(concernId)));
        back.setId("family-plan-back");
        if (plan.isEmpty()) {
            Paragraph none = new Paragraph("No Child's Plan is agreed on this case yet: there is nothing to take home.");
            none.setId("family-plan-none");
            add(none, back);
            return;
        }
        Button print = new Button("Print", e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("print");
        Div tools = new Div(print, FamilyPlanDownload.link(familyPlans, concernId, "Download as PDF"), back,
                new Paragraph("For the family to keep: print it or download the PDF and give it to them. "
                        + "It holds personal data: collect it from the printer straight away."));
        tools.addClassName("no-print");
        tools.getStyle().set("display", "flex").set("gap", "1rem").set("align-items", "center").set("flex-wrap", "wrap");
        Div content = new Div();
        content.setId("family-plan");
        content.getElement().setProperty("innerHTML", PRINT_CSS + FamilyPlanHtml.forPage(plan.get()));
        add(tools, content);
    }
}
