package org.partnerflow.notification;

import java.util.EnumMap;
import java.util.Map;
import org.partnerflow.identity.CurrentUser;
import org.partnerflow.identity.Refusals;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each person wants to be mailed of each kind of notification: at once (the default) or in one
 * daily digest. Child-protection escalations are always mailed at once: a person cannot choose
 * otherwise, and the sender ignores any other choice for them.
 */
@Service
@HandleAuthorizationDenied(handlerClass = Refusals.class)
public class NotificationSettings {

    /** When a kind of notification is mailed. */
    public enum Delivery {
        /** A mail for each notification, sent as soon as it is told. */
        IMMEDIATE,
        /** One mail a day listing them all, at the configured time. */
        DAILY_DIGEST
    }

    /** The kind no one may take out of immediate mail. */
    public static final Notification.Kind ALWAYS_IMMEDIATE = Notification.Kind.CHILD_PROTECTION_ESCALATION;
    /** The kind that comes in the daily digest unless the person chooses otherwise: managers' overdue work. */
    public static final Notification.Kind DIGEST_UNLESS_CHOSEN = Notification.Kind.OVERDUE_IN_YOUR_COUNCIL;

    /** When a kind is mailed if the person has not chosen. */
    public static Delivery byDefault(Notification.Kind kind) {
        return kind == DIGEST_UNLESS_CHOSEN ? Delivery.DAILY_DIGEST : Delivery.IMMEDIATE;
    }

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    NotificationSettings(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** The signed-in person's choice for every kind (where they chose nothing, {@link #byDefault}). */
    @PreAuthorize("@permissions.mayReadNotifications()")
    @Transactional(readOnly = true)
    public Map<Notification.Kind, Delivery> mine() {
        Map<Notification.Kind, Delivery> choices = new EnumMap<>(Notification.Kind.class);
        for (Notification.Kind kind : Notification.Kind.values()) {
            choices.put(kind, byDefault(kind));
        }
        jdbc.query("select kind, delivery from notification_setting where person_id = ?", rs -> {
            Notification.Kind kind = Notification.Kind.valueOf(rs.getString("kind"));
            if (kind != ALWAYS_IMMEDIATE) {
                choices.put(kind, Delivery.valueOf(rs.getString("delivery")));
            }
        }, currentUser.requireId());
        return choices;
    }

    /**
     * Sets the signed-in person's choice for one kind.
     *
     * @throws IllegalArgumentException for child-protection escalations other than immediate, in words
     */
    @PreAuthorize("@permissions.mayReadNotifications()")
    // No surrounding transaction: each statement commits alone, so an insert that meets another tab's
    // (duplicate key) can be followed by the update; on PostgreSQL a failed statement would spoil a transaction.
    public void choose(Notification.Kind kind, Delivery delivery) {
        if (kind == null || delivery == null) {
            throw new IllegalArgumentException("Choose a kind of notification and when to be mailed of it.");
        }
        if (kind == ALWAYS_IMMEDIATE && delivery != Delivery.IMMEDIATE) {
            throw new IllegalArgumentException("Child-protection escalations are always mailed at once: this cannot be changed.");
        }
        String me = currentUser.requireId();
        // A choice is a row only where it differs from the kind's default.
        if (delivery == byDefault(kind)) {
            jdbc.update("delete from notification_setting where person_id = ? and kind = ?", me, kind.name());
            return;
        }
        String update = "update notification_setting set delivery = ? where person_id = ? and kind = ?";
        if (jdbc.update(update, delivery.name(), me, kind.name()) == 0) {
            try {
                jdbc.update("insert into notification_setting (person_id, kind, delivery) values (?, ?, ?)", me, kind.name(), delivery.name());
            } catch (DuplicateKeyException chosenMeanwhile) {
                // Another tab chose at the same moment: the last choice stands.
                jdbc.update(update, delivery.name(), me, kind.name());
            }
        }
    }
}
