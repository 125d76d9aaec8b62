package org.partnerflow.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** A meeting of the partnership as recorded: agenda, attendance, minutes, decisions, practice shared. */
@Entity
@Immutable
@Table(name = "partnership_meeting")
public class PartnershipMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "partnership_id", nullable = false)
    private Long partnershipId;
    @Column(name = "meeting_number", nullable = false)
    private int number;
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;
    @Column(nullable = false, length = 4000)
    private String agenda;
    @Column(nullable = false, length = 4000)
    private String attendance;
    @Column(nullable = false, length = 8000)
    private String minutes;
    @Column(length = 4000)
    private String decisions;
    @Column(name = "practice_shared", length = 4000)
    private String practiceShared;
    @Column(name = "recorded_by", length = 64)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected PartnershipMeeting() {
    }

    PartnershipMeeting(Long partnershipId, int number, LocalDate heldOn, String agenda, String attendance, String minutes,
                       String decisions, String practiceShared, String recordedBy, Instant recordedAt) {
        this.partnershipId = partnershipId;
        this.number = number;
        this.heldOn = heldOn;
        this.agenda = agenda;
        this.attendance = attendance;
        this.minutes = minutes;
        this.decisions = decisions;
        this.practiceShared = practiceShared;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public Long getPartnershipId() { return partnershipId; }
    public int getNumber() { return number; }
    public LocalDate getHeldOn() { return heldOn; }
    public String getAgenda() { return agenda; }
    public String getAttendance() { return attendance; }
    public String getMinutes() { return minutes; }
    public String getDecisions() { return decisions; }
    public String getPracticeShared() { return practiceShared; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
