package org.partnerflow.workflow;

import com.vaadin.flow.component.html.DescriptionList;
import java.util.List;

/**
 * Labelled facts as a real description list, so screen readers announce each label with its value.
 * Facts with no value are left out rather than shown empty.
 */
public class FactList extends DescriptionList {

    public FactList(List<SubjectSummary.Fact> facts) {
        getStyle().set("margin", "0");
        for (SubjectSummary.Fact fact : facts) {
            if (fact.value() == null || fact.value().isBlank()) {
                continue;
            }
            Term term = new Term(fact.label());
            term.getStyle().set("font-weight", "600");
            Description value = new Description(fact.value());
            // Multi-line answers (e.g. a purpose) keep their line breaks.
            value.getStyle().set("margin", "0 0 var(--lumo-space-s) 0").set("white-space", "pre-wrap");
            add(term, value);
        }
    }
}
