package org.partnerflow.referral;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** On the case page, for the team: the plan the family takes home, as a PDF or a page to print. */
class FamilyPlanLinks extends Div {

    FamilyPlanLinks(FamilyPlans familyPlans, long concernId) {
        setId("case-family-plan");
        getStyle().set("display", "flex").set("gap", "1rem").set("align-items", "baseline").set("flex-wrap", "wrap");
        RouterLink page = new RouterLink("Printable page", FamilyPlanPage.class, new RouteParameters("concernId", String.valueOf(concernId)));
        page.setId("family-plan-page");
        add(new Span("The family's plan, in plain words:"), FamilyPlanDownload.link(familyPlans, concernId, "Download the PDF"), page);
    }
}
