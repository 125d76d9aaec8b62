package org.partnerflow.workflow;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/** What a task is about: a title and its facts. */
class SubjectSummaryPanel extends Div {

    SubjectSummaryPanel(SubjectSummary summary) {
        setId("subject-summary");
        addClassName("subject-summary");
        H3 title = new H3(summary.title());
        title.setId("subject-summary-title");
        getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());

        FactList facts = new FactList(summary.facts());
        add(title, facts);
    }
}
