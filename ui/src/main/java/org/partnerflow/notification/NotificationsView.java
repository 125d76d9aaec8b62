package org.partnerflow.notification;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.partnerflow.words.Words;
import org.springframework.data.domain.Page;

/**
 * The signed-in person's notifications, newest first, a page at a time: what the work is, the
 * reference, when, read or not; each links to its task or record (and following the link marks it read), or is marked read
 * here; all can be marked read at once. Only their own are ever listed ({@link Notifications}).
 */
@Route("notifications")
@PageTitle("Notifications | Partnerflow")
@Menu(order = 15, title = "Notifications", icon = "vaadin:bell")
@PermitAll
class NotificationsView extends VerticalLayout {

    static final int PAGE_SIZE = 20;

    private final Notifications notifications;
    private int page;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph empty = new Paragraph("You have no notifications.");
    private final Span position = new Span();
    private final Button newer = new Button("Newer", e -> show(page - 1));
    private final Button older = new Button("Older", e -> show(page + 1));
    private final Button markAll = new Button("Mark all read");

    NotificationsView(Notifications notifications) {
        this.notifications = notifications;
        list.setId("notifications");
        list.getStyle().set("list-style", "none").set("padding", "0").set("margin", "0");
        empty.setId("no-notifications");
        markAll.setId("mark-all-read");
        markAll.addClickListener(e -> {
            notifications.markAllRead();
            changed();
        });
        newer.setId("newer-notifications");
        older.setId("older-notifications");
        position.setId("notifications-position");
        HorizontalLayout paging = new HorizontalLayout(newer, position, older);
        paging.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        RouterLink settings = new RouterLink("My notification settings", NotificationSettingsView.class);
        settings.setId("notification-settings");
        add(new H2("Notifications"), new HorizontalLayout(markAll, settings), empty, list, paging);
        show(0);
    }

    private void show(int wanted) {
        Page<Notification> shown = notifications.page(Math.max(0, wanted), PAGE_SIZE);
        if (wanted > 0 && shown.isEmpty() && shown.getTotalPages() > 0) {
            shown = notifications.page(shown.getTotalPages() - 1, PAGE_SIZE);
        }
        page = shown.getNumber();
        list.removeAll();
        shown.forEach(n -> list.add(item(n)));
        empty.setVisible(shown.isEmpty());
        markAll.setEnabled(shown.stream().anyMatch(n -> !n.isRead()) || notifications.unreadCount() > 0);
        newer.setEnabled(shown.hasPrevious());
        older.setEnabled(shown.hasNext());
        position.setText(shown.getTotalElements() == 0 ? "" : "Page " + (page + 1) + " of " + shown.getTotalPages());
    }

    private ListItem item(Notification n) {
        Span text = new Span(n.text());
        text.addClassName("notification-text");
        if (!n.isRead()) {
            text.getStyle().set("font-weight", "600");
        }
        Span state = new Span(n.isRead() ? "Read" : "Unread");
        state.addClassName("notification-state");
        Span when = new Span(Words.dateTime(n.getCreatedAt()));
        when.addClassName("notification-when");
        when.getStyle().set("color", "var(--lumo-secondary-text-color)");
        // A real link (a new tab works too); following it here marks the notification read on the way.
        Anchor open = new Anchor(n.getLink(), n.getLink().startsWith("tasks/") ? "Open the task" : "Open the record");
        open.addClassName("notification-open");
        if (!n.isRead()) {
            open.getElement().addEventListener("click", e -> {
                notifications.markRead(n.getId());
                NotificationsChanged.fire(UI.getCurrent());
            });
        }
        HorizontalLayout actions = new HorizontalLayout(open);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (!n.isRead()) {
            Button markRead = new Button("Mark read", e -> {
                notifications.markRead(n.getId());
                changed();
            });
            markRead.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            markRead.addClassName("mark-read");
            markRead.setAriaLabel("Mark read: " + n.text());
            actions.add(markRead);
        }
        Div body = new Div(text, new Div(when, new Span(" · "), state), actions);
        ListItem item = new ListItem(body);
        item.addClassName("notification");
        item.getElement().setAttribute("data-id", String.valueOf(n.getId()));
        item.getStyle().set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return item;
    }

    private void changed() {
        show(page);
        NotificationsChanged.fire(UI.getCurrent());
    }
}
