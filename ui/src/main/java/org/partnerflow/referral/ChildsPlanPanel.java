package org.partnerflow.referral;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.partnerflow.words.Words;

/**
 * The Child's Plan on the case page: the current version by default and any earlier one on request,
 * each with what changed from the version before; for the Lead Professional (with none, the Named
 * Person) the plan editor, whose changes the next review agrees; for anyone else on the team the
 * actions they own, to note progress on. The actions overdue are a component of their own
 * ({@link #overdueActions}), which the case page puts near its top, for everyone who opens the case.
 */
class ChildsPlanPanel extends Div {

    private final Div version = new Div();
    private final Div overdue = new Div();
    private final UnaryOperator<String> names;
    private final ChildsPlanEditing editing;
    private final CaseFile file;

    ChildsPlanPanel(CaseFile file, UnaryOperator<String> names, ChildsPlanEditing editing) {
        this.names = names;
        this.editing = editing;
        this.file = file;
        setId("case-plan");
        overdue.setId("plan-overdue");
        overdue.setVisible(false);
        show();
    }

    /** The plan's overdue actions, shown to everyone who opens the case; hidden while none is overdue. */
    Div overdueActions() {
        return overdue;
    }

    private void show() {
        removeAll();
        version.removeAll();
        overdue.removeAll();
        overdue.setVisible(false);
        add(new H3("Child's Plan"));
        if (file.planVersions().isEmpty()) {
            add(new Paragraph("No plan agreed yet."));
            return;
        }
        ChildsPlanEditing.Plan plan = editing.plan(file.concern().getId()).orElseThrow();
        if (!plan.overdue().isEmpty()) {
            showOverdue(plan.overdue());
        }
        Select<ChildsPlanVersion> versions = new Select<>();
        versions.setLabel("Version");
        versions.setId("plan-version");
        versions.setItems(plan.versions());
        versions.setItemLabelGenerator(v -> "Version " + v.getVersionNumber() + " (agreed " + Words.date(v.getAgreedAt())
                + ", review " + Words.date(v.getReviewDate()) + ")");
        versions.addValueChangeListener(e -> show(e.getValue(), plan));
        versions.setValue(plan.current());
        add(versions, version);
        if (plan.mayEdit()) {
            add(new ChildsPlanEditor(editing, plan, names, this::show));
        } else if (!plan.myActions().isEmpty()) {
            add(new PlanActionsOwned(editing, plan, names, this::show));
        }
    }

    /** Said in words (and marked as an alert for screen readers), not by colour alone. */
    private void showOverdue(List<PlanAction> actions) {
        Span badge = new Span(actions.size() == 1 ? "1 action overdue" : actions.size() + " actions overdue");
        badge.getElement().getThemeList().add("badge error");
        overdue.getElement().setAttribute("role", "alert");
        overdue.add(new H3("Overdue actions in the Child's Plan"), badge);
        UnorderedList list = new UnorderedList();
        for (PlanAction a : actions) {
            list.add(new ListItem(a.getWhat() + " — " + (a.getWho() == null ? "no owner" : a.getWho())
                    + ", due " + Words.date(a.getDueDate()) + " (" + Words.of(a.getStatus()) + ")"));
        }
        overdue.add(list);
        overdue.setVisible(true);
    }

    private void show(ChildsPlanVersion agreed, ChildsPlanEditing.Plan plan) {
        version.removeAll();
        version.add(new Paragraph("Needs: " + agreed.getNeedsSummary()));
        for (Map.Entry<WellbeingIndicator, PlanOutcome> outcome : new TreeMap<>(agreed.getPlanOutcomes()).entrySet()) {
            version.add(new Paragraph("Outcome (" + Words.of(outcome.getKey()) + "): " + outcome.getValue().getText()
                    + (outcome.getValue().isMet() ? " — met on " + Words.date(outcome.getValue().getMetOn()) : "")));
        }
        Grid<PlanAction> actions = new Grid<>(PlanAction.class, false);
        actions.setId("plan-actions");
        actions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        actions.setAllRowsVisible(true);
        actions.addColumn(PlanAction::getWhat).setHeader("What").setFlexGrow(2);
        actions.addColumn(a -> a.getWho() == null ? "" : a.getWho()).setHeader("Who");
        actions.addColumn(a -> a.getAgency() == null ? "" : a.getAgency()).setHeader("Agency");
        actions.addColumn(a -> Words.date(a.getByWhen())).setHeader("By when");
        actions.addColumn(a -> Words.of(a.getStatus())).setHeader("Status");
        actions.setItems(agreed.getActions());
        version.add(actions);
        if (agreed.getServices() != null) {
            version.add(new Paragraph("Services: " + agreed.getServices()));
        }
        version.add(new Paragraph("Lead Professional: " + (agreed.getLeadProfessional() == null ? "none (single agency)" : names.apply(agreed.getLeadProfessional()))
                + " · Review on " + Words.date(agreed.getReviewDate()) + " · Agreed by " + names.apply(agreed.getAgreedBy())));
        List<ChildsPlanChanges.Change> changes = plan.changesByVersion().get(agreed.getVersionNumber());
        if (changes != null) {
            Div changed = new Div();
            changed.setId("plan-version-changes");
            changed.add(new H4("What changed from version " + (agreed.getVersionNumber() - 1)));
            changed.add(changes.isEmpty() ? new Paragraph("Nothing: the plan was agreed again as it was.") : list(changes));
            version.add(changed);
        }
        file.reviews().stream().filter(r -> r.getPlanVersionId().equals(agreed.getId())).forEach(r -> version.add(new Paragraph(
                "Reviewed " + Words.date(r.getHeldAt()) + ": " + Words.of(r.getDecision())
                        + ". Progress: " + r.getProgress() + ". Views: " + r.getViews())));
    }

    static UnorderedList list(List<ChildsPlanChanges.Change> changes) {
        UnorderedList list = new UnorderedList();
        changes.forEach(c -> list.add(new ListItem(c.words())));
        return list;
    }

    /** Today in Scotland, for the editor's date pickers. */
    static LocalDate today() {
        return LocalDate.now(Words.ZONE);
    }
}
