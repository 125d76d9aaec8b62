package org.partnerflow.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import org.jsoup.nodes.Entities;
import org.partnerflow.audit.HistoryTimeline.Timeline;
import org.partnerflow.identity.People;
import org.partnerflow.words.Words;

/**
 * A record's whole history as one plain page for printing: no navigation, every event in a table that
 * paginates on paper, who printed it and when at the top.
 */
@Route(value = "audit/:type/:id/print", autoLayout = false)
@PageTitle("History (print) | Partnerflow")
@RolesAllowed({"manager", "admin"})
public class PrintableTimelineView extends Div implements BeforeEnterObserver {

    private final HistoryTimeline timelines;
    private final People people;

    public PrintableTimelineView(HistoryTimeline timelines, People people) {
        this.timelines = timelines;
        this.people = people;
        getStyle().set("padding", "1rem").set("font-family", "sans-serif");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        AuditAddress address = AuditAddress.of(event);
        String type = address.type();
        long id = address.id();
        Timeline timeline = timelines.of(type, id).orElse(null);
        if (timeline == null) {
            add(HistoryTimelineView.noTimeline(type));
            return;
        }
        java.util.function.UnaryOperator<String> names = people.names();
        Button print = new Button("Print", e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("print");
        print.addClassName("no-print");
        Div table = new Div();
        table.setId("printable-timeline");
        StringBuilder html = new StringBuilder("<table style=\"border-collapse:collapse;width:100%;font-size:10pt\">"
                + "<thead><tr><th align=left>When</th><th align=left>Kind</th><th align=left>Who</th><th align=left>What</th>"
                + "<th align=left>Detail</th></tr></thead><tbody>");
        for (TimelineEvent e : timeline.events()) {
            html.append("<tr style=\"border-top:1px solid #ccc;vertical-align:top\"><td>")
                    .append(Entities.escape(Words.dateTimeSeconds(e.at()))).append("</td><td>").append(Entities.escape(Words.of(e.kind())))
                    .append("</td><td>").append(Entities.escape(names.apply(e.who()))).append("</td><td>").append(Entities.escape(e.what())).append("</td><td>")
                    .append(Entities.escape(e.detail())).append("</td></tr>");
        }
        table.getElement().setProperty("innerHTML", html.append("</tbody></table>").toString());
        add(new H1("History: " + timeline.subject().title()),
                new Paragraph(timeline.events().size() + " events. Printed " + Words.dateTimeSeconds(Instant.now())
                        + ". Contains personal data: keep it as securely as the record itself."),
                print, table);
    }
}
