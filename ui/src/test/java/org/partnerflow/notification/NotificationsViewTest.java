package org.partnerflow.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerflow.KaribuSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.notification.Notification.Kind;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.InboxView;
import org.springframework.beans.factory.annotation.Autowired;

/** The bell's count in the frame, and the notifications page: in words, mark read, mark all read, the link. */
class NotificationsViewTest extends KaribuSpringTest {

    @Autowired
    Notifications notifications;

    private String person(String what) {
        return people.ensure("notify-ui-" + what + "-" + System.nanoTime(), Role.NAMED_PERSON);
    }

    private static NotificationBell bell() {
        return _get(NotificationBell.class);
    }

    private static List<ListItem> items() {
        return _find(ListItem.class, spec -> spec.withClasses("notification"));
    }

    private static String textOf(ListItem item, String className) {
        return _get(item, Span.class, spec -> spec.withClasses(className)).getText();
    }

    private void open(String person) {
        openUiAs(person);
        UI.getCurrent().navigate(NotificationsView.class);
    }

    @Test
    void theBellCountsTheUnreadAndSaysSoToScreenReaders() {
        String me = person("bell");
        openUiAs(me);
        UI.getCurrent().navigate(InboxView.class);
        assertThat(bell().getAriaLabel()).contains("Notifications, 0 unread");
        assertThat(bell().unread()).isZero();
        assertThat(_find(Span.class, spec -> spec.withId("notification-count"))).as("no badge shown").isEmpty();

        notifications.tell(List.of(me), Kind.CONCERN_TO_ASSESS, "C-000123", "tasks/one", null);
        notifications.tell(List.of(me, person("other")), Kind.TEAM_INVITATION, "C-000124", "tasks/two", null);
        UI.getCurrent().navigate(NotificationsView.class);

        assertThat(bell().getAriaLabel()).contains("Notifications, 2 unread");
        assertThat(_get(Span.class, spec -> spec.withId("notification-count")).getText()).isEqualTo("2");
        _click(bell());
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("notifications");
    }

    @Test
    void thePageListsTheirOwnInWordsNewestFirstWithWhenAndALink() {
        String me = person("page");
        String other = person("page-other");
        notifications.tell(List.of(me), Kind.CONCERN_TO_ASSESS, "C-000123", "tasks/first-task", null);
        notifications.tell(List.of(me), Kind.CHILD_PROTECTION_ESCALATION, "C-000124", "tasks/second-task", null);
        notifications.tell(List.of(other), Kind.TRANSFER_TO_ACCEPT, "C-000999", "tasks/not-mine", null);

        open(me);

        assertThat(items()).hasSize(2);
        assertThat(items()).extracting(i -> textOf(i, "notification-text")).containsExactly(
                "A case has been escalated to child protection for screening \u2014 reference C-000124",
                "A wellbeing concern is waiting for your assessment \u2014 reference C-000123");
        Notification newest = notificationsOf(me).get(0);
        assertThat(textOf(items().get(0), "notification-when")).isEqualTo(Words.dateTime(newest.getCreatedAt()));
        assertThat(items()).extracting(i -> textOf(i, "notification-state")).containsOnly("Unread");
        assertThat(items()).extracting(i -> _get(i, Anchor.class).getHref()).containsExactly("tasks/second-task", "tasks/first-task");
        assertThat(_find(Anchor.class, spec -> spec.withText("Open the task").withClasses("notification-open"))).hasSize(2);
    }

    @Test
    void markReadMarksOneAndTheBellCountsAgain() {
        String me = person("mark");
        notifications.tell(List.of(me), Kind.CONCERN_TO_ASSESS, "C-000201", "tasks/a", null);
        notifications.tell(List.of(me), Kind.REVIEW_DUE, "C-000202", "tasks/b", null);
        open(me);
        assertThat(bell().getAriaLabel()).contains("Notifications, 2 unread");

        _click(_get(items().get(0), Button.class, spec -> spec.withText("Mark read")));

        assertThat(items()).extracting(i -> textOf(i, "notification-state")).containsExactly("Read", "Unread");
        assertThat(_find(items().get(0), Button.class, spec -> spec.withText("Mark read"))).isEmpty();
        assertThat(bell().getAriaLabel()).contains("Notifications, 1 unread");
        assertThat(asMe(me, notifications::unreadCount)).isEqualTo(1);
    }

    @Test
    void markAllReadMarksEveryOne() {
        String me = person("all");
        for (int i = 1; i <= 3; i++) {
            notifications.tell(List.of(me), Kind.TASK_OFFERED, "C-00030" + i, "tasks/t" + i, null);
        }
        open(me);

        _click(_get(Button.class, spec -> spec.withId("mark-all-read")));

        assertThat(items()).extracting(i -> textOf(i, "notification-state")).containsOnly("Read").hasSize(3);
        assertThat(bell().getAriaLabel()).contains("Notifications, 0 unread");
        assertThat(_get(Button.class, spec -> spec.withId("mark-all-read")).isEnabled()).isFalse();
    }

    @Test
    void followingTheLinkMarksItRead() {
        String me = person("link");
        notifications.tell(List.of(me), Kind.MEASURES_DUE, "I-000007", "tasks/the-task", null);
        open(me);

        Anchor link = _get(items().get(0), Anchor.class);
        assertThat(link.getHref()).isEqualTo("tasks/the-task");
        BasicUtilsKt._fireDomEvent(link, "click");

        assertThat(asMe(me, notifications::unreadCount)).isZero();
        assertThat(bell().getAriaLabel()).contains("Notifications, 0 unread");
    }

    @Test
    void someoneWithNoneIsToldSo() {
        open(person("none"));

        assertThat(items()).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("no-notifications")).getText()).isEqualTo("You have no notifications.");
    }

    @Test
    void aLongListIsPaged() {
        String me = person("paged");
        for (int i = 1; i <= NotificationsView.PAGE_SIZE + 3; i++) {
            notifications.tell(List.of(me), Kind.TASK_ASSIGNED, String.format("C-%06d", i), "tasks/p" + i, null);
        }
        open(me);
        assertThat(items()).hasSize(NotificationsView.PAGE_SIZE);
        assertThat(_get(Span.class, spec -> spec.withId("notifications-position")).getText()).isEqualTo("Page 1 of 2");

        _click(_get(Button.class, spec -> spec.withId("older-notifications")));

        assertThat(items()).extracting(i -> textOf(i, "notification-text"))
                .containsExactly("A task has been assigned to you \u2014 reference C-000003", "A task has been assigned to you \u2014 reference C-000002",
                        "A task has been assigned to you \u2014 reference C-000001");
        assertThat(_get(Button.class, spec -> spec.withId("older-notifications")).isEnabled()).isFalse();
    }

    private List<Notification> notificationsOf(String person) {
        return asMe(person, () -> notifications.latest(10));
    }

    /** Reads as the person, keeping the UI's signed-in person as it was. */
    private <T> T asMe(String person, java.util.function.Supplier<T> read) {
        var before = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        people.signInAs(person);
        try {
            return read.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
