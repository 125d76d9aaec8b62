package org.partnerflow.referral;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.partnerflow.words.Words;

/** The Child's Plan on the case page: the current version by default, any earlier version on request. */
class ChildsPlanPanel extends Div {

    private final Div version = new Div();
    private final UnaryOperator<String> names;

    ChildsPlanPanel(CaseFile file, UnaryOperator<String> names) {
        this.names = names;
        setId("case-plan");
        add(new H3("Child's Plan"));
        if (file.planVersions().isEmpty()) {
            add(new Paragraph("No plan agreed yet."));
            return;
        }
        Select<ChildsPlanVersion> versions = new Select<>();
        versions.setLabel("Version");
        versions.setId("plan-version");
        versions.setItems(file.planVersions());
        versions.setItemLabelGenerator(v -> "Version " + v.getVersionNumber() + " (review " + Words.date(v.getReviewDate()) + ")");
        versions.addValueChangeListener(e -> show(e.getValue(), file));
        versions.setValue(file.currentPlan().orElseThrow());
        add(versions, version);
    }

    private void show(ChildsPlanVersion plan, CaseFile file) {
        version.removeAll();
        version.add(new Paragraph("Needs: " + plan.getNeedsSummary()));
        for (Map.Entry<WellbeingIndicator, String> outcome : new java.util.TreeMap<>(plan.getOutcomes()).entrySet()) {
            version.add(new Paragraph("Outcome (" + Words.of(outcome.getKey()) + "): " + outcome.getValue()));
        }
        Grid<PlanAction> actions = new Grid<>(PlanAction.class, false);
        actions.setId("plan-actions");
        actions.setAllRowsVisible(true);
        actions.addColumn(PlanAction::getWhat).setHeader("What").setFlexGrow(2);
        actions.addColumn(a -> a.getWho() == null ? "" : a.getWho()).setHeader("Who");
        actions.addColumn(a -> a.getAgency() == null ? "" : a.getAgency()).setHeader("Agency");
        actions.addColumn(a -> Words.date(a.getByWhen())).setHeader("By when");
        actions.setItems(plan.getActions());
        version.add(actions);
        if (plan.getServices() != null) {
            version.add(new Paragraph("Services: " + plan.getServices()));
        }
        version.add(new Paragraph("Lead Professional: " + (plan.getLeadProfessional() == null ? "none (single agency)" : names.apply(plan.getLeadProfessional()))
                + " · Review on " + Words.date(plan.getReviewDate()) + " · Agreed by " + names.apply(plan.getAgreedBy())));
        file.reviews().stream().filter(r -> r.getPlanVersionId().equals(plan.getId())).forEach(r -> version.add(new Paragraph(
                "Reviewed " + Words.date(r.getHeldAt()) + ": " + Words.of(r.getDecision())
                        + ". Progress: " + r.getProgress() + ". Views: " + r.getViews())));
    }
}
