package org.partnerflow.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.partnerflow.calendar.CalendarInvitations;
import org.partnerflow.identity.CurrentUser;
import org.partnerflow.identity.Permissions;
import org.partnerflow.identity.Refusals;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one store of notifications: written when the engine's events, timers and escalations tell
 * someone of work ({@link #tell}), read by the signed-in person about themselves only (the bell, the
 * notifications page). Nothing a person may read here names a child: a notification is a kind, a
 * reference and a link, checked as it is written.
 */
@Service
@HandleAuthorizationDenied(handlerClass = Refusals.class)
public class Notifications {

    /** A reference is a letter and digits (C-000123): it cannot carry a name, a date or a school. */
    private static final Pattern REFERENCE = Pattern.compile("[A-Z]-[0-9]{1,12}");
    /** A link is a route of the application: letters, digits, hyphens and slashes, no query or host. */
    private static final Pattern LINK = Pattern.compile("[a-z][a-z0-9/-]{0,254}");
    /** The most a page of the list holds. */
    public static final int MAX_PAGE = 100;

    private final NotificationRecords records;
    private final CurrentUser currentUser;
    private final Permissions permissions;
    private final Clock clock;

    Notifications(NotificationRecords records, CurrentUser currentUser, Permissions permissions, Clock clock) {
        this.records = records;
        this.currentUser = currentUser;
        this.permissions = permissions;
        this.clock = clock;
    }

    /**
     * Tells each of the people of the work, except the person whose act caused it (who knows), in the
     * caller's transaction: a task that is not created tells no one.
     *
     * @param actor who caused it (may be null: a timer, the process itself)
     * @return how many were told
     * @throws IllegalArgumentException for a reference or link that is not one (the text must stay free of personal data)
     */
    @Transactional
    public int tell(Collection<String> recipients, Notification.Kind kind, String reference, String link, String actor) {
        return tell(recipients, kind, reference, link, actor, null);
    }

    /**
     * Tells the people that an occasion was set or moved, or cancelled, with its calendar event: the mail
     * attaches the event as it stands when sent. An occasion that stands as it was tells no one.
     *
     * @param invitation what the calendar issued ({@link CalendarInvitations})
     * @return how many were told
     */
    @Transactional
    public int tellOfEvent(Collection<String> recipients, CalendarInvitations.Invitation invitation, String reference, String link,
                           String actor) {
        if (!invitation.changed()) {
            return 0;
        }
        var kind = invitation.cancelled() ? Notification.Kind.CALENDAR_CANCELLATION : Notification.Kind.CALENDAR_INVITATION;
        return tell(recipients, kind, reference, link, actor, invitation.uid());
    }

    private int tell(Collection<String> recipients, Notification.Kind kind, String reference, String link, String actor, String calendarUid) {
        Objects.requireNonNull(kind, "kind");
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            throw new IllegalArgumentException("Not a reference: " + reference);
        }
        if (link == null || !LINK.matcher(link).matches()) {
            throw new IllegalArgumentException("Not a link of the application: " + link);
        }
        Set<String> told = new LinkedHashSet<>();
        for (String recipient : recipients) {
            if (recipient != null && !recipient.isBlank() && !recipient.equals(actor)) {
                told.add(recipient);
            }
        }
        var now = clock.instant();
        records.saveAll(told.stream().map(r -> new Notification(r, kind, reference, link, now, calendarUid)).toList());
        return told.size();
    }

    /** The bell's number: the signed-in person's unread notifications. */
    @PreAuthorize("@permissions.mayReadNotifications()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        return records.countByRecipientAndReadAtIsNull(currentUser.requireId());
    }

    /** A page of the signed-in person's notifications, newest first (page from 0; at most {@link #MAX_PAGE} a page). */
    @PreAuthorize("@permissions.mayReadNotifications()")
    @Transactional(readOnly = true)
    public Page<Notification> page(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE) {
            throw new IllegalArgumentException("A page is from 0, of 1 to " + MAX_PAGE + " notifications");
        }
        return records.findByRecipientOrderByCreatedAtDescIdDesc(currentUser.requireId(), PageRequest.of(page, size));
    }

    /** The signed-in person's newest notifications (the first page). */
    @PreAuthorize("@permissions.mayReadNotifications()")
    @Transactional(readOnly = true)
    public List<Notification> latest(int size) {
        return page(0, size).getContent();
    }

    /**
     * Marks one of the signed-in person's notifications read (again: nothing changes).
     *
     * @throws AuthorizationException for one that is not theirs, answered as for one that does not exist
     */
    @PreAuthorize("@permissions.mayReadNotifications()")
    @Transactional
    public Notification markRead(long id) {
        records.findById(id).filter(n -> permissions.mayReadNotificationOf(n.getRecipient()))
                .orElseThrow(() -> new AuthorizationException("There is no such notification of yours."));
        records.markRead(id, clock.instant());
        return records.findById(id).orElseThrow();
    }

    /** Marks all the signed-in person's notifications read; @return how many were unread */
    @PreAuthorize("@permissions.mayReadNotifications()")
    @Transactional
    public int markAllRead() {
        return records.markAllRead(currentUser.requireId(), clock.instant());
    }
}
