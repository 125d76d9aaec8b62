package org.partnerflow.audit;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;
import org.partnerflow.BpmnDiagram;
import org.partnerflow.audit.HistoryTimeline.Filter;
import org.partnerflow.audit.HistoryTimeline.Timeline;
import org.partnerflow.audit.TimelineEvent.Kind;
import org.partnerflow.identity.People;
import org.partnerflow.words.Words;

/**
 * One record's history for managers: every engine event, chronology entry and access in time order,
 * filtered by dates, person and kind, exported as CSV or opened as a printable page. The addresses are
 * {@code /audit/case/<id>}, {@code /audit/partnership/<id>} and {@code /audit/project/<id>}.
 */
@Route("audit/:type/:id")
@PageTitle("History | Partnerflow")
@RolesAllowed({"manager", "admin"})
public class HistoryTimelineView extends VerticalLayout implements BeforeEnterObserver {


    private final HistoryTimeline timelines;
    private final InstancePaths paths;
    private final UnaryOperator<String> names;
    private final ZoneId zone = Words.ZONE;
    private final Grid<TimelineEvent> grid = new Grid<>(TimelineEvent.class, false);
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final ComboBox<String> who = new ComboBox<>("Who");
    private final MultiSelectComboBox<Kind> kinds = new MultiSelectComboBox<>("Kinds of event");
    private final Span count = new Span();
    private Timeline timeline;

    public HistoryTimelineView(HistoryTimeline timelines, InstancePaths paths, People people) {
        this.timelines = timelines;
        this.paths = paths;
        this.names = people.names();
        grid.setId("timeline");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> Words.dateTimeSeconds(e.at())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> Words.of(e.kind())).setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> names.apply(e.who())).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TimelineEvent::what).setHeader("What").setFlexGrow(2);
        grid.addColumn(TimelineEvent::detail).setHeader("Detail").setFlexGrow(2);
        grid.setHeight("36rem");
        from.setId("timeline-from");
        to.setId("timeline-to");
        who.setId("timeline-who");
        who.setClearButtonVisible(true);
        who.setItemLabelGenerator(id -> names.apply(id));
        kinds.setId("timeline-kinds");
        kinds.setItems(Kind.values());
        kinds.setItemLabelGenerator(Words::of);
        count.setId("timeline-count");
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        who.addValueChangeListener(e -> refresh());
        kinds.addValueChangeListener(e -> refresh());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        AuditAddress address = AuditAddress.of(event);
        String type = address.type();
        long id = address.id();
        timeline = timelines.of(type, id).orElse(null);
        if (timeline == null) {
            add(noTimeline(type));
            return;
        }
        H2 title = new H2("History: " + timeline.subject().title());
        title.setId("timeline-title");
        add(title);
        if (timeline.truncated()) {
            Paragraph warning = new Paragraph("This history is longer than " + HistoryTimeline.LIMIT_PER_SOURCE
                    + " events of one kind: the earliest are shown; use Camunda Cockpit for the rest.");
            warning.setId("timeline-truncated");
            add(warning);
        }
        who.setItems(HistoryTimeline.people(timeline.events()));
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] bytes = csv();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName() + ".csv", "text/csv", bytes.length);
        }), "Export CSV");
        csv.setId("timeline-csv");
        Anchor print = new Anchor("audit/" + type + "/" + id + "/print", "Printable view");
        print.setId("timeline-print");
        print.setTarget("_blank");
        paths.of(timeline.subject().processInstanceId()).ifPresent(path -> add(instanceDiagram(path)));
        HorizontalLayout filters = new HorizontalLayout(from, to, who, kinds, csv, print);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters, count, grid);
        setSizeFull();
        refresh();
    }

    /**
     * What the page says when it shows no history: for a child's case, the same whether there is no such
     * case or it is another council's (the history is its council's managers' only); for records anyone
     * may know of, that there is none.
     */
    static VerticalLayout noTimeline(String type) {
        VerticalLayout said = "case".equals(type)
                ? new VerticalLayout(new H2("No access"), new Paragraph("There is no case with that number whose history you may read: a "
                        + "child's case's history is for the managers of the child's council."))
                : new VerticalLayout(new H2("No such record"), new Paragraph("There is no " + type + " with that number."));
        said.setPadding(false);
        said.setId("timeline-none");
        return said;
    }

    /** The instance's path on its diagram: finished steps green, the steps it is at now orange. */
    static BpmnDiagram instanceDiagram(InstancePaths.InstancePath path) {
        List<BpmnDiagram.Marker> markers = new java.util.ArrayList<>();
        path.completed().forEach(id -> markers.add(new BpmnDiagram.Marker(id, "pf-completed")));
        path.current().forEach(id -> markers.add(new BpmnDiagram.Marker(id, "pf-current")));
        BpmnDiagram diagram = new BpmnDiagram(path.bpmnXml(), markers, List.of(), "The process diagram: " + path.completed().size()
                + " steps done (green), " + path.current().size() + " open now (orange). The timeline below lists every event.");
        diagram.setId("instance-diagram");
        diagram.setHeight("24rem");
        return diagram;
    }

    List<TimelineEvent> shown() {
        return timeline == null ? List.of() : timeline.filtered(new Filter(from.getValue(), to.getValue(), who.getValue(), kinds.getValue(), zone));
    }

    /** The CSV of the events shown now; the export is logged like an opening of the record. */
    byte[] csv() {
        StringWriter out = new StringWriter();
        TimelineCsv.write(shown(), names, out);
        timelines.exported(timeline.subject());
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String fileName() {
        return "history-" + timeline.subject().type() + "-" + timeline.subject().id();
    }

    private void refresh() {
        if (timeline == null) {
            return;
        }
        List<TimelineEvent> events = shown();
        grid.setItems(events);
        count.setText(events.size() + " of " + timeline.events().size() + " events");
    }
}
