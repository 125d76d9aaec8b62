package org.partnerflow.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.partnerflow.audit.AccessLog.PersonActivity;
import org.partnerflow.audit.AccessLog.Search;
import org.partnerflow.identity.People;
import org.partnerflow.words.Words;

/**
 * Who opened which record and when, for managers: filtered by person, record and dates, newest first,
 * paged from the database. Above it, the people whose access in the period looks unusual. A council's
 * managers read their own council's rows; the region's managers read counts per kind of record only
 * ({@link AccessLogScope}).
 */
@Route("audit/access")
@PageTitle("Access log | Partnerflow")
@Menu(order = 110, title = "Access log", icon = "vaadin:eye")
@RolesAllowed({"manager", "admin"})
public class AccessLogView extends VerticalLayout {

    private final AccessLog log;
    private final TextField user = new TextField("Person (user id)");
    private final Select<String> recordType = new Select<>();
    private final TextField recordId = new TextField("Record number");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Checkbox refusedOnly = new Checkbox("Refusals only");
    private final Grid<RecordAccess> grid = new Grid<>(RecordAccess.class, false);
    private final Grid<PersonActivity> unusual = new Grid<>(PersonActivity.class, false);
    private final Paragraph unusualNone = new Paragraph();
    private final Grid<AccessLog.Tally> tallies = new Grid<>(AccessLog.Tally.class, false);
    private final boolean countsOnly;

    public AccessLogView(AccessLog log, Clock clock, List<AuditedRecords> audited, People people) {
        this.log = log;
        java.util.function.UnaryOperator<String> names = people.names();
        user.setId("access-user");
        recordType.setLabel("Record type");
        recordType.setId("access-record-type");
        recordType.setItems(Stream.concat(Stream.of(""), audited.stream().map(AuditedRecords::accessRecordType).distinct().sorted()).toList());
        recordType.setItemLabelGenerator(t -> t.isEmpty() ? "Any" : typeInWords(t));
        recordType.setValue("");
        recordId.setId("access-record-id");
        from.setId("access-from");
        to.setId("access-to");
        from.setValue(LocalDate.now(clock).minusDays(30));
        refusedOnly.setId("access-refused-only");
        Button apply = new Button("Show", e -> refresh());
        apply.setId("access-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        unusual.setId("unusual-access");
        unusual.setAllRowsVisible(true);
        unusual.addThemeVariants(GridVariant.LUMO_COMPACT);
        unusual.addColumn(p -> names.apply(p.userId())).setHeader("Person").setAutoWidth(true);
        unusual.addColumn(PersonActivity::distinctRecords).setHeader("Different records opened").setAutoWidth(true);
        unusual.addColumn(PersonActivity::refusals).setHeader("Refused").setAutoWidth(true);
        unusual.addColumn(this::why).setHeader("Why flagged").setFlexGrow(1);
        unusual.addItemClickListener(e -> {
            user.setValue(e.getItem().userId());
            refresh();
        });
        unusualNone.setId("unusual-none");

        grid.setId("access-log");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(a -> Words.dateTimeSeconds(a.getAccessedAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(a -> names.apply(a.getUserId())).setHeader("Person").setAutoWidth(true);
        grid.addColumn(a -> typeInWords(a.getRecordType()) + " " + a.getRecordId()).setHeader("Record").setAutoWidth(true);
        grid.addColumn(RecordAccess::getViewName).setHeader("Where").setAutoWidth(true);
        grid.addColumn(a -> a.isGranted() ? "Opened" : "Refused").setHeader("Outcome").setAutoWidth(true);
        grid.setPageSize(50);
        grid.setHeight("30rem");

        tallies.setId("access-tallies");
        tallies.setAllRowsVisible(true);
        tallies.addThemeVariants(GridVariant.LUMO_COMPACT);
        tallies.addColumn(t -> typeInWords(t.recordType())).setHeader("Record").setAutoWidth(true);
        tallies.addColumn(AccessLog.Tally::openings).setHeader("Opened").setAutoWidth(true);
        tallies.addColumn(AccessLog.Tally::refusals).setHeader("Refused").setAutoWidth(true);
        tallies.setEmptyStateText("Nothing was opened or refused in the period.");

        countsOnly = log.reach() == AccessLogScope.Reach.COUNTS_ONLY;
        add(new H2("Access log"), new Paragraph("Every opening of a child's record (and every refusal), and managers' readings of "
                + "any record's history. Read-only: the log cannot be changed here or anywhere else."));
        if (countsOnly) {
            // The region's managers see the service's figures, never a council's child or who opened them.
            Paragraph whose = new Paragraph("Each council keeps its own children's records, and its managers read their council's "
                    + "rows of the log. Across the region you see how many records of each kind were opened and refused in the period.");
            whose.setId("access-counts-only");
            HorizontalLayout period = new HorizontalLayout(from, to, apply);
            period.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(whose, period, new H3("Openings and refusals across the region"), tallies);
        } else {
            HorizontalLayout filters = new HorizontalLayout(user, recordType, recordId, from, to, refusedOnly, apply);
            filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            filters.setWrap(true);
            if (log.reach() == AccessLogScope.Reach.SOME_ROWS) {
                Paragraph whose = new Paragraph("Your council's rows: openings of your council's children's records, whoever opened "
                        + "them, and everything else your council's people opened.");
                whose.setId("access-own-council");
                add(whose);
            }
            add(filters, new H3("Unusual access in the period"), unusualNone, unusual, new H3("Openings"), grid);
        }
        refresh();
    }

    private String why(PersonActivity p) {
        AuditSettings s = log.settings();
        return p.distinctRecords() >= s.unusualDistinctRecords() && p.refusals() >= s.unusualRefusals()
                ? "Many different records, and refused repeatedly"
                : p.refusals() >= s.unusualRefusals() ? "Refused " + p.refusals() + " times: records they are not on"
                : p.distinctRecords() + " different records (flagged from " + s.unusualDistinctRecords() + ")";
    }

    private Search search() {
        return new Search(user.getValue(), recordType.getValue(), recordId.getValue(), from.getValue(), to.getValue(), refusedOnly.getValue());
    }

    private void refresh() {
        if (countsOnly) {
            tallies.setItems(log.tallies(from.getValue(), to.getValue()));
            return;
        }
        Search search = search();
        grid.setItems(q -> log.search(search, q.getOffset(), q.getLimit()).stream(), q -> (int) Math.min(Integer.MAX_VALUE, log.count(search)));
        List<PersonActivity> flagged = log.unusual(from.getValue(), to.getValue());
        unusual.setItems(flagged);
        unusual.setVisible(!flagged.isEmpty());
        unusualNone.setText(flagged.isEmpty() ? "No one's access in the period is flagged." : "");
    }

    /** A record type in the access log ({@code child-case}) as people say it; one the bundle lacks, as stored. */
    static String typeInWords(String type) {
        return Words.has("recordType." + type) ? Words.text("recordType." + type) : type;
    }
}
