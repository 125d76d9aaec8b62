package org.partnerflow.audit;

import com.vaadin.flow.component.html.Anchor;

/** The link from a record's page to its history timeline, shown to those who may audit it. */
public class HistoryLink extends Anchor {

    public HistoryLink(String historyAddress) {
        super(historyAddress, "History: who did what, when");
        setId("history-link");
    }
}
