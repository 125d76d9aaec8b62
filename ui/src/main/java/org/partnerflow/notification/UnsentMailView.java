package org.partnerflow.notification;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.partnerflow.notification.UnsentMail.State;
import org.partnerflow.notification.UnsentMail.Unsent;
import org.partnerflow.words.Words;

/**
 * For administrators: notification mails that have not gone (failing and to be tried again, given up,
 * or to someone with no mail address), with the attempts, the next try and the kind of error, so a
 * broken relay or a wrong address is seen and, once put right, a given-up mail is tried again.
 */
@Route("unsent-mail")
@PageTitle("Unsent mail | Partnerflow")
@Menu(order = 133, title = "Unsent mail", icon = "vaadin:envelope-o")
@RolesAllowed("admin")
class UnsentMailView extends VerticalLayout {

    private final UnsentMail unsent;
    private final Grid<Unsent> grid = new Grid<>(Unsent.class, false);
    private final Paragraph empty = new Paragraph("Every notification mail has been sent (or mail is not configured).");

    UnsentMailView(UnsentMail unsent) {
        this.unsent = unsent;
        grid.setId("unsent-mail");
        grid.addColumn(u -> Words.dateTime(u.told())).setKey("told").setHeader("Told").setAutoWidth(true);
        grid.addColumn(Unsent::recipient).setKey("to").setHeader("To").setAutoWidth(true);
        grid.addColumn(Unsent::kind).setKey("what").setHeader("What").setFlexGrow(1);
        grid.addColumn(Unsent::reference).setKey("reference").setHeader("Reference").setAutoWidth(true);
        grid.addColumn(u -> Words.of(u.state())).setKey("state").setHeader("Where it stands").setAutoWidth(true);
        grid.addColumn(Unsent::attempts).setKey("attempts").setHeader("Attempts").setAutoWidth(true);
        grid.addColumn(u -> u.nextTry() == null ? "" : Words.dateTime(u.nextTry())).setKey("next-try").setHeader("Next try").setAutoWidth(true);
        grid.addColumn(u -> u.lastError() == null ? "" : u.lastError()).setKey("error").setHeader("Last error").setAutoWidth(true);
        grid.addComponentColumn(u -> {
            Button again = new Button("Try again", e -> {
                unsent.tryAgain(u.id());
                show();
            });
            again.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            again.setAriaLabel("Try again: " + u.reference() + " to " + u.recipient());
            again.setVisible(u.state() != State.RETRYING);
            return again;
        }).setKey("again").setHeader("").setAutoWidth(true);
        empty.setId("no-unsent-mail");
        add(new H2("Unsent mail"), new Paragraph("Notification mails not sent yet: a failed send is tried again later, "
                + "each wait twice the last, until it is given up."), new RouterLink("Demo mailbox", DemoMailboxView.class), empty, grid);
        show();
    }

    private void show() {
        var rows = unsent.list();
        grid.setItems(rows);
        empty.setVisible(rows.isEmpty());
        grid.setVisible(!rows.isEmpty());
    }
}
