package org.partnerflow.referral;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.partnerflow.referral.CaseRetention.Due;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.HistoryCleanup;
import org.partnerflow.workflow.WorkflowFeedback;

/**
 * Retention for managers, each council's of its own children's cases: closed cases kept past the retention period, each to be reviewed and, if
 * nothing requires keeping it, anonymised with a recorded reason. The referral's page (retention is
 * of children's case records), listed with the audit pages.
 */
@Route("audit/retention")
@PageTitle("Retention | Partnerflow")
@Menu(order = 120, title = "Retention", icon = "vaadin:archive")
@RolesAllowed({"manager", "admin"})
public class RetentionView extends VerticalLayout {

    private final CaseRetention retention;
    private final Grid<Due> grid = new Grid<>(Due.class, false);

    public RetentionView(CaseRetention retention, HistoryCleanup historyCleanup) {
        this.retention = retention;
        grid.setId("retention-due");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(Due::concernId).setHeader("Case").setAutoWidth(true);
        grid.addColumn(Due::child).setHeader("Child").setAutoWidth(true);
        grid.addColumn(d -> Words.dateTimeSeconds(d.closedAt())).setHeader("Closed").setAutoWidth(true);
        grid.addComponentColumn(this::anonymiseButton).setKey("anonymise").setHeader("").setAutoWidth(true);
        grid.setEmptyStateText("No closed case is past the retention period.");
        add(new H2("Retention"), new Paragraph("Closed cases are kept for " + retention.retention() + " after closing (setting "
                        + "partnerflow.audit.closed-case-retention). Past that, each is listed here for review. Anonymising removes the "
                        + "child's identity and the case's recorded content and keeps the audit trail: which steps happened, who did them "
                        + "and when, and who opened the record. The anonymisation itself is recorded with your reason."),
                new Paragraph("The engine's history cleanup runs " + historyCleanup.window() + " each day, removing the history "
                        + "of processes ended longer ago than their time to live."),
                grid);
        if (!retention.reviewsCases()) {
            // The region's managers and administrators keep no council's children's records.
            Paragraph whose = new Paragraph("Each council's managers review their own council's closed cases: you oversee no "
                    + "council's children's records, so none is listed for you.");
            whose.setId("retention-not-yours");
            addComponentAtIndex(2, whose);
        }
        grid.setItems(retention.dueForReview());
    }

    private Component anonymiseButton(Due due) {
        Button button = new Button("Anonymise", e -> confirm(due));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        button.setId("anonymise-" + due.concernId());
        button.getElement().setAttribute("aria-label", "Anonymise case " + due.concernId());
        return button;
    }

    private void confirm(Due due) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Anonymise case " + due.concernId() + " (" + due.child() + ")?");
        TextArea reason = new TextArea("Reason (the review that decided it)");
        reason.setId("anonymise-reason");
        reason.setMaxLength(1000);
        reason.setWidth("30rem");
        Button anonymise = new Button("Anonymise", e -> {
            try {
                retention.anonymise(due.concernId(), reason.getValue());
            } catch (RuntimeException ex) {
                WorkflowFeedback.refused(ex, null);
                return;
            }
            dialog.close();
            WorkflowFeedback.success("Case " + due.concernId() + " anonymised.");
            grid.setItems(retention.dueForReview());
        });
        anonymise.setId("confirm-anonymise");
        anonymise.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(new Paragraph("This cannot be undone."), reason);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), anonymise);
        dialog.open();
    }
}
