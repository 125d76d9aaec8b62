package org.partnerflow.workflow;

import java.util.List;

/** What a task is about, shown beside its form: a title and a few labelled facts. */
public record SubjectSummary(String title, List<Fact> facts) {

    public SubjectSummary {
        facts = List.copyOf(facts);
    }

    /** One labelled fact, e.g. "Purpose" → "Raise attainment in literacy". */
    public record Fact(String label, String value) {
    }
}
