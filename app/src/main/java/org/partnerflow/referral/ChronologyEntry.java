package org.partnerflow.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * A dated fact in a child's chronology. Entries are never edited: Hibernate treats the entity as
 * read-only after insert, and a correction is a new entry that points at the one it corrects.
 */
@Entity
@Immutable
@Table(name = "chronology_entry")
public class ChronologyEntry {

    public enum Kind {
        CONCERN_RAISED, CHILD_PROTECTION_ESCALATION, CHILD_PROTECTION_SCREENED, ASSESSMENT, PATHWAY_DECIDED,
        CONSENT_RECORDED, INFORMATION_SHARED, LEAD_PROFESSIONAL_APPOINTED, AGENCY_JOINED, AGENCY_DECLINED, PLAN_AGREED, REVIEW,
        STEP_DOWN, TIMESCALE_MISSED, CLOSURE, PRACTITIONER_NOTE, CORRECTION,
        POSSIBLE_MATCH_FOUND, POSSIBLE_MATCH_CONFIRMED, POSSIBLE_MATCH_REJECTED, OFFERED_TO_COORDINATORS, TASK_REALLOCATED,
        CHRONOLOGY_REVIEWED, CHILD_DETAILS_CORRECTED, NEW_EPISODE, CONCERN_JOINED, NEW_CONCERN_JOINED, JOINED_CONCERN_CONSIDERED,
        // Changes of hands (ChangesOfHands)
        CHANGE_OF_HANDS_REQUESTED, NAMED_PERSON_CHANGED, TRANSFERRED, LEAD_PROFESSIONAL_CHANGED, CHANGE_OF_HANDS_DECLINED, TRANSFER_LAPSED,
        // Information sharing (issue 18)
        CONSENT_WITHDRAWN,
        // Team-around-the-child meetings and step-down as a state (TeamAroundTheChildMeetings, RecordStepDown...)
        MEETING_HELD, MEETING_NOT_HELD, STEP_DOWN_REVIEW, STEPPED_UP
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "concern_id", nullable = false)
    private Long concernId;
    @Column(name = "child_id", nullable = false)
    private Long childId;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "recorded_by", length = 64)
    private String recordedBy;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Kind kind;
    @Column(nullable = false, length = 8000)
    private String summary;
    @Column(name = "corrects_entry_id")
    private Long correctsEntryId;
    /* the day the event happened, which may be before it was recorded */
    @Column(name = "event_date", nullable = false)
    private LocalDate eventDate;
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private InformationSource source;
    @Column(name = "correction_reason", length = 1000)
    private String correctionReason;

    protected ChronologyEntry() {
    }

    ChronologyEntry(Long concernId, Long childId, Instant occurredAt, Instant recordedAt, String recordedBy, Kind kind,
                    String summary, Long correctsEntryId, LocalDate eventDate, InformationSource source, String correctionReason) {
        this.concernId = concernId;
        this.childId = childId;
        this.occurredAt = occurredAt;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.kind = kind;
        this.summary = summary.length() > 8000 ? summary.substring(0, 8000) : summary;
        this.correctsEntryId = correctsEntryId;
        this.eventDate = eventDate;
        this.source = source;
        this.correctionReason = correctionReason;
    }

    public Long getId() { return id; }
    public Long getConcernId() { return concernId; }
    public Long getChildId() { return childId; }
    public Instant getOccurredAt() { return occurredAt; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getRecordedBy() { return recordedBy; }
    public Kind getKind() { return kind; }
    public String getSummary() { return summary; }
    public Long getCorrectsEntryId() { return correctsEntryId; }
    public LocalDate getEventDate() { return eventDate; }
    public InformationSource getSource() { return source; }
    public String getCorrectionReason() { return correctionReason; }
}
