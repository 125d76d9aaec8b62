package org.partnerflow.notification;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.partnerflow.notification.DemoMailbox.Received;
import org.partnerflow.words.Words;
import org.springframework.beans.factory.ObjectProvider;

/**
 * For administrators of a demo: what Partnerflow has mailed, as the demo's own mail server received
 * it (profile {@code demo-mail}), newest first; select one to read it. Elsewhere it says there is none.
 */
@Route("demo-mailbox")
@PageTitle("Demo mailbox | Partnerflow")
@RolesAllowed("admin")
class DemoMailboxView extends VerticalLayout {

    DemoMailboxView(ObjectProvider<DemoMailbox> mailbox) {
        add(new H2("Demo mailbox"), new RouterLink("Unsent mail", UnsentMailView.class));
        DemoMailbox demo = mailbox.getIfAvailable();
        if (demo == null || !demo.isRunning()) {
            Paragraph none = new Paragraph("There is no demo mail server here: mail goes to the configured relay, if any (README, \"Mail\").");
            none.setId("no-demo-mailbox");
            add(none);
            return;
        }
        add(new Paragraph("What Partnerflow has mailed in this demo, as its own mail server received it. Nothing here left the machine."));
        Grid<Received> grid = new Grid<>(Received.class, false);
        grid.setId("demo-mails");
        grid.addColumn(r -> Words.dateTime(r.at())).setKey("at").setHeader("Received").setAutoWidth(true);
        grid.addColumn(Received::to).setKey("to").setHeader("To").setAutoWidth(true);
        grid.addColumn(Received::subject).setKey("subject").setHeader("Subject").setFlexGrow(1);
        Pre text = new Pre();
        text.setId("demo-mail-text");
        grid.asSingleSelect().addValueChangeListener(e -> text.setText(e.getValue() == null ? "" : e.getValue().body()));
        grid.setItems(demo.received());
        add(grid, text);
    }
}
