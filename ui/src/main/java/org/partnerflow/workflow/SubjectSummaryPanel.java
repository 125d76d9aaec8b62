package org.partnerflow.workflow;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/**
 * What a task is about: a title and its facts. The facts are a real description list so screen
 * readers announce each label with its value.
 */
class SubjectSummaryPanel extends Div {

    SubjectSummaryPanel(SubjectSummary summary) {
        setId("subject-summary");
        addClassName("subject-summary");
        H3 title = new H3(summary.title());
        title.setId("subject-summary-title");
        getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());

        DescriptionList facts = new DescriptionList();
        facts.getStyle().set("margin", "0");
        for (SubjectSummary.Fact fact : summary.facts()) {
            if (fact.value() == null || fact.value().isBlank()) {
                continue;
            }
            DescriptionList.Term term = new DescriptionList.Term(fact.label());
            term.getStyle().set("font-weight", "600");
            DescriptionList.Description value = new DescriptionList.Description(fact.value());
            // Multi-line answers (e.g. a purpose) keep their line breaks.
            value.getStyle().set("margin", "0 0 var(--lumo-space-s) 0").set("white-space", "pre-wrap");
            facts.add(term, value);
        }
        add(title, facts);
    }
}
