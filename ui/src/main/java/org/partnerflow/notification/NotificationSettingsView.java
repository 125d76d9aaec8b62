package org.partnerflow.notification;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.partnerflow.notification.NotificationSettings.Delivery;
import org.partnerflow.words.Words;

/**
 * "My notification settings": for each kind of notification, whether it is mailed at once or in one
 * daily digest. Child-protection escalations are shown, fixed at once, with the reason: no one may
 * take them out of immediate mail. Reached from the notifications page; each person sees and sets
 * their own only.
 */
@Route("notifications/settings")
@PageTitle("My notification settings | Partnerflow")
@PermitAll
class NotificationSettingsView extends VerticalLayout {

    NotificationSettingsView(NotificationSettings settings) {
        add(new H2("My notification settings"),
                new Paragraph("Choose for each kind of notification whether it is mailed to you at once or in one daily digest. "
                        + "A mail names the kind of work, a reference and a link only: never a child or any detail of the work."),
                new RouterLink("Back to my notifications", NotificationsView.class));
        Map<Notification.Kind, Delivery> mine = settings.mine();
        for (Notification.Kind kind : Notification.Kind.values()) {
            RadioButtonGroup<Delivery> choice = new RadioButtonGroup<>(Words.of(kind));
            choice.setId("delivery-" + kind.name().toLowerCase().replace('_', '-'));
            choice.setItems(Delivery.values());
            choice.setItemLabelGenerator(Words::of);
            choice.setValue(mine.get(kind));
            if (kind == NotificationSettings.ALWAYS_IMMEDIATE) {
                choice.setReadOnly(true);
                choice.setHelperText("Always mailed at once: child-protection escalations cannot wait for a digest.");
            } else {
                choice.addValueChangeListener(e -> {
                    if (!e.isFromClient() && e.getValue() == null) {
                        return;
                    }
                    try {
                        settings.choose(kind, e.getValue());
                        choice.setInvalid(false);
                    } catch (IllegalArgumentException refused) {
                        choice.setErrorMessage(refused.getMessage());
                        choice.setInvalid(true);
                    }
                });
            }
            add(choice);
        }
        Span saved = new Span("Each choice is saved as you make it.");
        saved.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(saved);
    }
}
