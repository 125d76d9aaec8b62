package org.partnerflow.audit;

import com.vaadin.flow.component.html.Anchor;

/** The link from a record's page to its history timeline, shown to those who may audit it. */
public class HistoryLink extends Anchor {

    public HistoryLink(String type, long id) {
        super("audit/" + type + "/" + id, "History: who did what, when");
        setId("history-link");
    }
}
