package org.partnerflow.workflow;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

/** What a task is about: a title and its facts as a description list (term, detail). */
class SubjectSummaryPanel extends Div {

    SubjectSummaryPanel(SubjectSummary summary) {
        setId("subject-summary");
        addClassName("subject-summary");
        getElement().setAttribute("aria-label", "Subject");
        add(new H3(summary.title()));
        Div list = new Div();
        list.getElement().setAttribute("role", "list");
        for (SubjectSummary.Fact fact : summary.facts()) {
            if (fact.value() == null || fact.value().isBlank()) {
                continue;
            }
            Div row = new Div();
            row.getElement().setAttribute("role", "listitem");
            Span label = new Span(fact.label());
            label.getStyle().set("font-weight", "600").set("display", "block");
            Span value = new Span(fact.value());
            value.getStyle().set("display", "block").set("margin-bottom", "var(--lumo-space-s)")
                    .set("white-space", "pre-wrap");
            row.add(label, value);
            list.add(row);
        }
        add(list);
    }
}
