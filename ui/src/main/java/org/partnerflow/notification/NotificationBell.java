package org.partnerflow.notification;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.shared.Registration;

/**
 * The bell in the frame: how many of the signed-in person's notifications are unread, said to screen
 * readers too ("Notifications, 3 unread"); it opens the notifications page. It counts again after
 * each navigation and when notifications are marked read.
 */
public class NotificationBell extends Button implements AfterNavigationObserver {

    private final Notifications notifications;
    private final Span count = new Span();
    private Registration changes;

    public NotificationBell(Notifications notifications) {
        this.notifications = notifications;
        setId("notification-bell");
        setIcon(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        count.setId("notification-count");
        count.getElement().getThemeList().add("badge error pill small");
        // The count is in the button's label for screen readers; the badge is for the eye only.
        count.getElement().setAttribute("aria-hidden", "true");
        setSuffixComponent(count);
        addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
        refresh();
    }

    /** The number shown, as last counted. */
    public long unread() {
        return count.getText().isEmpty() ? 0 : Long.parseLong(count.getText());
    }

    void refresh() {
        long unread = notifications.unreadCount();
        count.setText(unread == 0 ? "" : String.valueOf(unread));
        count.setVisible(unread > 0);
        setAriaLabel("Notifications, " + unread + " unread");
        setTooltipText(unread == 0 ? "No unread notifications" : unread == 1 ? "1 unread notification" : unread + " unread notifications");
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        changes = ComponentUtil.addListener(attachEvent.getUI(), NotificationsChanged.class, e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (changes != null) {
            changes.remove();
        }
        super.onDetach(detachEvent);
    }
}
