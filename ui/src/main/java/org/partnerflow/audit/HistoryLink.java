package org.partnerflow.audit;

import com.vaadin.flow.component.html.Anchor;
import org.partnerflow.workflow.ProcessFamily;

/** The link from a record's page to its history timeline, shown to those who may audit it. */
public class HistoryLink extends Anchor {

    public HistoryLink(ProcessFamily family, long id) {
        super(family.historyAddress(id), "History: who did what, when");
        setId("history-link");
    }
}
