package org.partnerflow.notification;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerflow.KaribuSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.notification.Notification.Kind;
import org.partnerflow.notification.NotificationSettings.Delivery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** "My notification settings" (reached from the notifications page) and the administrators' "Unsent mail". */
class NotificationSettingsViewTest extends KaribuSpringTest {

    @Autowired
    NotificationSettings settings;
    @Autowired
    Notifications notifications;
    @Autowired
    JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Delivery> choice(Kind kind) {
        return _get(RadioButtonGroup.class, spec -> spec.withId("delivery-" + kind.name().toLowerCase().replace('_', '-')));
    }

    @Test
    void aPersonChoosesADigestPerKindAndChildProtectionStaysImmediate() {
        String me = people.ensure("settings-ui-" + System.nanoTime(), Role.CHILD_PROTECTION);
        openUiAs(me);
        UI.getCurrent().navigate(NotificationsView.class);
        assertThat(_get(RouterLink.class, spec -> spec.withId("notification-settings")).getHref()).isEqualTo("notifications/settings");
        UI.getCurrent().navigate("notifications/settings");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("notifications/settings");

        assertThat(choice(Kind.REVIEW_DUE).getLabel()).isEqualTo("A review of a Child's Plan is due");
        assertThat(choice(Kind.REVIEW_DUE).getValue()).isEqualTo(Delivery.IMMEDIATE);
        assertThat(choice(Kind.REVIEW_DUE).getItemLabelGenerator().apply(Delivery.DAILY_DIGEST)).isEqualTo("In one daily digest");
        choice(Kind.REVIEW_DUE).setValue(Delivery.DAILY_DIGEST);
        assertThat(settings.mine()).containsEntry(Kind.REVIEW_DUE, Delivery.DAILY_DIGEST);

        RadioButtonGroup<Delivery> cp = choice(Kind.CHILD_PROTECTION_ESCALATION);
        assertThat(cp.isReadOnly()).isTrue();
        assertThat(cp.getValue()).isEqualTo(Delivery.IMMEDIATE);
        assertThat(cp.getHelperText()).contains("Always mailed at once");

        UI.getCurrent().navigate(NotificationSettingsView.class);
        assertThat(choice(Kind.REVIEW_DUE).getValue()).as("kept").isEqualTo(Delivery.DAILY_DIGEST);
    }

    @SuppressWarnings("unchecked")
    @Test
    void theDemoMailboxListsWhatWasMailedAndOpensOneToRead() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        DemoMailbox mailbox = new DemoMailbox(port);
        try {
            org.springframework.mail.javamail.JavaMailSenderImpl relay = new org.springframework.mail.javamail.JavaMailSenderImpl();
            relay.setHost("localhost");
            relay.setPort(port);
            relay.setDefaultEncoding("UTF-8");
            org.springframework.mail.SimpleMailMessage m = new org.springframework.mail.SimpleMailMessage();
            m.setFrom("partnerflow@demo.invalid");
            m.setTo("iain.macleod@example.org");
            m.setSubject("A task has been assigned to you \u2014 reference C-000042");
            m.setText("Dear Iain MacLeod,\n\nA task has been assigned to you \u2014 reference C-000042.");
            relay.send(m);

            openUiAs(people.ensure(Role.ADMIN));
            UI.getCurrent().add(new DemoMailboxView(new org.springframework.beans.factory.support.StaticListableBeanFactory(
                    java.util.Map.of("demoMailbox", mailbox)).getBeanProvider(DemoMailbox.class)));
            Grid<DemoMailbox.Received> grid = _get(Grid.class, spec -> spec.withId("demo-mails"));
            assertThat(_findAll(grid)).hasSize(1);
            assertThat(_getFormatted(grid, 0, "to")).isEqualTo("iain.macleod@example.org");
            assertThat(_getFormatted(grid, 0, "subject")).isEqualTo("A task has been assigned to you \u2014 reference C-000042");
            grid.select(_findAll(grid).get(0));
            assertThat(_get(com.vaadin.flow.component.html.Pre.class, spec -> spec.withId("demo-mail-text")).getText()).contains("Dear Iain MacLeod");
        } finally {
            mailbox.stop();
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void administratorsSeeTheMailsNotSentAndTryAGivenUpOneAgain() {
        String np = people.ensure("unsent-ui-" + System.nanoTime(), Role.NAMED_PERSON);
        notifications.tell(List.of(np), Kind.TASK_OFFERED, "C-770001", "tasks/u1", null);
        notifications.tell(List.of(np), Kind.REVIEW_DUE, "C-770002", "tasks/u2", null);
        jdbc.update("update notification set mail_state = 'GAVE_UP', mail_attempts = 6, mail_error = 'MailConnectException' where recipient = ? and reference = 'C-770001'", np);
        jdbc.update("update notification set mail_attempts = 2, mail_next_at = current_timestamp, mail_error = 'MailSendException' where recipient = ? and reference = 'C-770002'", np);

        openUiAs(people.ensure(Role.ADMIN));
        UI.getCurrent().navigate(UnsentMailView.class);
        Grid<UnsentMail.Unsent> grid = _get(Grid.class, spec -> spec.withId("unsent-mail"));
        List<UnsentMail.Unsent> mine = _findAll(grid).stream().filter(u -> u.reference().startsWith("C-77000")).toList();
        assertThat(mine).extracting(UnsentMail.Unsent::state).containsExactlyInAnyOrder(UnsentMail.State.GAVE_UP, UnsentMail.State.RETRYING);
        int row = _findAll(grid).indexOf(mine.stream().filter(u -> u.state() == UnsentMail.State.GAVE_UP).findFirst().orElseThrow());
        assertThat(_getFormatted(grid, row, "to")).startsWith("Test ").doesNotContain("@");
        assertThat(_getFormatted(grid, row, "state")).isEqualTo("Given up after every attempt");
        assertThat(_getFormatted(grid, row, "attempts")).isEqualTo("6");
        assertThat(_getFormatted(grid, row, "error")).isEqualTo("MailConnectException");
        Button again = (Button) _getCellComponent(grid, row, "again");
        _click(again);
        assertThat(jdbc.queryForObject("select mail_state from notification where recipient = ? and reference = 'C-770001'", String.class, np))
                .isEqualTo("PENDING");

        UI.getCurrent().navigate(DemoMailboxView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("no-demo-mailbox")).getText()).contains("no demo mail server");

        openUiAs(people.ensure(Role.MANAGER));
        assertThatThrownBy(() -> UI.getCurrent().navigate(UnsentMailView.class)).hasMessageContaining("Access is denied");
        assertThatThrownBy(() -> UI.getCurrent().navigate(DemoMailboxView.class)).hasMessageContaining("Access is denied");
    }
}
