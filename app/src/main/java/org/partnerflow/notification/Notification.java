package org.partnerflow.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.partnerflow.words.Words;

/**
 * One person told of one thing: the kind of work, the record's reference (C-000123) and where to go.
 * It holds no personal data, so that what it says may later be mailed as it is: its words are the
 * kind's (in the bundle) and the reference, never a task's name, which may name a child.
 * {@code mailedAt} stays empty until a mail sender exists; that sender picks up the rows without one.
 */
@Entity
@Table(name = "notification")
public class Notification {

    /** What a person is told of; the words are in the bundle ({@code Notification.Kind.*}). */
    public enum Kind {
        /** A task assigned to the person (by the process or by someone handing it over). */
        TASK_ASSIGNED,
        /** A task offered to a group the person is in. */
        TASK_OFFERED,
        /** A new wellbeing concern waiting for a Named Person's assessment. */
        CONCERN_TO_ASSESS,
        /** A concern that may be about a child already recorded, to check. */
        POSSIBLE_MATCH_TO_CHECK,
        /** A case escalated to child protection for screening (immediate risk, or a review's escalation). */
        CHILD_PROTECTION_ESCALATION,
        /** An agency invited to join the team around a child. */
        TEAM_INVITATION,
        /** A child's record transferred from another council, to accept or decline. */
        TRANSFER_TO_ACCEPT,
        /** A child to take on as Named Person. */
        NAMED_PERSON_TO_TAKE_ON,
        /** A case to take on as Lead Professional. */
        LEAD_PROFESSIONAL_TO_TAKE_ON,
        /** A Child's Plan review (or a light review after step-down) due. */
        REVIEW_DUE,
        /** Several recent concerns about one child to look at together. */
        RECENT_CONCERNS_TO_LOOK_AT,
        /** A partnership meeting to prepare or record. */
        PARTNERSHIP_MEETING_DUE,
        /** A partnership's evaluation to rate or to consolidate. */
        EVALUATION_DUE,
        /** An improvement trial's measures to record. */
        MEASURES_DUE,
        /** An action of a Child's Plan the person owns falls due (or is past its date). */
        PLAN_ACTION_DUE,
        /** A reminder timer on a task the person holds or is offered. */
        TASK_REMINDER,
        /** A task the person holds or is offered is past its timescale. */
        TASK_OVERDUE,
        /** For a council's managers: work on one of its children's cases is past its timescale (a daily digest unless they choose otherwise). */
        OVERDUE_IN_YOUR_COUNCIL,
        /** An occasion (a review, a partnership's meeting or evaluation) set or moved: its calendar event comes with the mail. */
        CALENDAR_INVITATION,
        /** An occasion cancelled: the cancellation of its calendar event comes with the mail. */
        CALENDAR_CANCELLATION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(nullable = false, length = 64)
    private String recipient;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Kind kind;
    @Column(nullable = false, length = 40)
    private String reference;
    @Column(nullable = false, length = 255)
    private String link;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;
    @Column(name = "mailed_at")
    private Instant mailedAt;
    /** The calendar event the mail carries (a random UID), for the calendar kinds only. */
    @Column(name = "calendar_uid", length = 120)
    private String calendarUid;

    protected Notification() {
    }

    Notification(String recipient, Kind kind, String reference, String link, Instant createdAt) {
        this.recipient = recipient;
        this.kind = kind;
        this.reference = reference;
        this.link = link;
        this.createdAt = createdAt;
    }

    Notification(String recipient, Kind kind, String reference, String link, Instant createdAt, String calendarUid) {
        this(recipient, kind, reference, link, createdAt);
        this.calendarUid = calendarUid;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public Kind getKind() {
        return kind;
    }

    public String getReference() {
        return reference;
    }

    /** The route to open (a task, a case, a partnership), without a leading slash. */
    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public Instant getMailedAt() {
        return mailedAt;
    }

    /** The UID of the calendar event the mail attaches, or null. */
    public String getCalendarUid() {
        return calendarUid;
    }

    public boolean isRead() {
        return readAt != null;
    }

    /**
     * What the notification says, the same on the page and later in a mail: the kind of work and the
     * reference ("A wellbeing concern is waiting for your assessment — reference C-000123").
     */
    public String text() {
        return Words.of(kind) + " \u2014 reference " + reference;
    }
}
