package org.partnerflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.AuthorizationException;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.notification.Notification.Kind;
import org.partnerflow.notification.NotificationSettings.Delivery;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 19, preferences, in the default context (no mail relay configured): mail is off, each person
 * chooses per kind for themselves only, and child-protection escalations cannot leave immediate mail.
 */
class NotificationSettingsTest extends PartnerflowSpringTest {

    @Autowired
    NotificationSettings settings;
    @Autowired
    ObjectProvider<NotificationMail> mail;
    @Autowired
    UnsentMail unsent;
    @Autowired
    ObjectProvider<org.springframework.scheduling.config.ScheduledTaskHolder> schedule;

    @Test
    void withoutARelayConfiguredNothingIsMailed() {
        assertThat(mail.getIfAvailable()).as("spring.mail.host unset: no sender, no schedule").isNull();
        assertThat(schedule.stream().flatMap(s -> s.getScheduledTasks().stream()).map(t -> t.getTask().getRunnable().toString()))
                .noneMatch(r -> r.contains("NotificationMail"));
    }

    @Test
    void eachPersonChoosesPerKindForThemselvesOnly() {
        String first = people.ensure("settings-first-" + System.nanoTime(), Role.NAMED_PERSON);
        String second = people.ensure("settings-second-" + System.nanoTime(), Role.NAMED_PERSON);
        people.signInAs(first);
        assertThat(settings.mine()).as("immediate unless chosen").containsOnlyKeys(Kind.values())
                .allSatisfy((k, d) -> assertThat(d).isEqualTo(k == Kind.OVERDUE_IN_YOUR_COUNCIL ? Delivery.DAILY_DIGEST : Delivery.IMMEDIATE));
        settings.choose(Kind.OVERDUE_IN_YOUR_COUNCIL, Delivery.IMMEDIATE);
        assertThat(settings.mine()).as("a manager may have their council's overdue work at once").containsEntry(Kind.OVERDUE_IN_YOUR_COUNCIL, Delivery.IMMEDIATE);
        settings.choose(Kind.REVIEW_DUE, Delivery.DAILY_DIGEST);
        settings.choose(Kind.REVIEW_DUE, Delivery.DAILY_DIGEST);
        settings.choose(Kind.TASK_REMINDER, Delivery.DAILY_DIGEST);
        settings.choose(Kind.TASK_REMINDER, Delivery.IMMEDIATE);
        assertThat(settings.mine()).containsEntry(Kind.REVIEW_DUE, Delivery.DAILY_DIGEST).containsEntry(Kind.TASK_REMINDER, Delivery.IMMEDIATE);
        people.signInAs(second);
        assertThat(settings.mine()).containsEntry(Kind.REVIEW_DUE, Delivery.IMMEDIATE);
    }

    @Test
    void childProtectionEscalationsCannotBeTakenOutOfImmediateMail() {
        people.signInAs(people.ensure(Role.CHILD_PROTECTION));
        assertThatThrownBy(() -> settings.choose(Kind.CHILD_PROTECTION_ESCALATION, Delivery.DAILY_DIGEST))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Child-protection escalations are always mailed at once: this cannot be changed.");
        assertThat(settings.mine()).containsEntry(Kind.CHILD_PROTECTION_ESCALATION, Delivery.IMMEDIATE);
        assertThatThrownBy(() -> settings.choose(null, Delivery.DAILY_DIGEST)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyAdministratorsSeeUnsentMail() {
        people.signIn(Role.MANAGER);
        assertThatThrownBy(unsent::list).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> unsent.tryAgain(1)).isInstanceOf(AuthorizationException.class);
        people.signOut();
        assertThatThrownBy(() -> settings.mine()).isInstanceOf(AuthorizationException.class);
        people.signIn(Role.ADMIN);
        assertThat(unsent.list()).as("mail is off here: nothing has failed").isEmpty();
    }
}
