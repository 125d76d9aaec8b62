package org.partnerflow.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One future occasion a record has issued as a calendar event. Its UID never changes, so every
 * calendar that took the first invitation recognises a moved date (the sequence one higher) and a
 * cancellation as the same event. Summary and link hold no personal data.
 */
@Entity
@Table(name = "calendar_event")
class CalendarEvent {

    enum Status { ISSUED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "subject_type", nullable = false, length = 40)
    private String subjectType;
    @Column(name = "subject_id", nullable = false)
    private long subjectId;
    @Column(name = "event_key", nullable = false, length = 40)
    private String eventKey;
    @Column(nullable = false, length = 120)
    private String uid;
    @Column(name = "sequence_number", nullable = false)
    private int sequenceNumber;
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;
    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;
    @Column(nullable = false, length = 200)
    private String summary;
    @Column(nullable = false, length = 255)
    private String link;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CalendarEvent() {
    }

    CalendarEvent(CalendarInvitations.Occasion occasion, Instant startsAt, Duration duration, Instant now) {
        this.subjectType = occasion.subjectType();
        this.subjectId = occasion.subjectId();
        this.eventKey = occasion.key();
        // A random UUID: the UID tells nothing about the record and cannot be guessed from its number.
        this.uid = UUID.randomUUID() + "@partnerflow";
        this.sequenceNumber = 0;
        this.status = Status.ISSUED;
        describe(occasion, startsAt, duration, now);
    }

    /** Issues the event (again) at this start: a change of date, or of status, is a new sequence. */
    boolean issue(CalendarInvitations.Occasion occasion, Instant start, Duration duration, Instant now) {
        boolean changed = status != Status.ISSUED || !start.equals(startsAt) || duration.toMinutes() != durationMinutes
                || !occasion.summary().equals(summary) || !occasion.link().equals(link);
        if (changed) {
            sequenceNumber++;
            status = Status.ISSUED;
            describe(occasion, start, duration, now);
        }
        return changed;
    }

    /** Cancels an issued event (one sequence on); a cancelled one stays as it is. */
    boolean cancel(Instant now) {
        if (status == Status.CANCELLED) {
            return false;
        }
        sequenceNumber++;
        status = Status.CANCELLED;
        updatedAt = now;
        return true;
    }

    private void describe(CalendarInvitations.Occasion occasion, Instant start, Duration duration, Instant now) {
        this.startsAt = start;
        this.durationMinutes = (int) duration.toMinutes();
        this.summary = occasion.summary();
        this.link = occasion.link();
        this.updatedAt = now;
    }

    String getUid() { return uid; }
    int getSequenceNumber() { return sequenceNumber; }
    Instant getStartsAt() { return startsAt; }
    Duration getDuration() { return Duration.ofMinutes(durationMinutes); }
    String getSummary() { return summary; }
    String getLink() { return link; }
    Status getStatus() { return status; }
    Instant getUpdatedAt() { return updatedAt; }
}
