package org.partnerflow.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** Progress on one action of a Child's Plan, dated and signed; it follows the action across versions by its reference. */
@Entity
@Immutable
@Table(name = "plan_action_note")
public class PlanActionNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "concern_id", nullable = false)
    private Long concernId;
    @Column(name = "action_ref", nullable = false, length = 40)
    private String actionRef;
    @Column(name = "noted_on", nullable = false)
    private LocalDate notedOn;
    @Column(name = "noted_at", nullable = false)
    private Instant notedAt;
    @Column(name = "noted_by", nullable = false, length = 64)
    private String notedBy;
    @Column(nullable = false, length = 4000)
    private String note;

    protected PlanActionNote() {
    }

    PlanActionNote(Long concernId, String actionRef, LocalDate notedOn, Instant notedAt, String notedBy, String note) {
        this.concernId = concernId;
        this.actionRef = actionRef;
        this.notedOn = notedOn;
        this.notedAt = notedAt;
        this.notedBy = notedBy;
        this.note = note;
    }

    public Long getId() { return id; }
    public Long getConcernId() { return concernId; }
    public String getActionRef() { return actionRef; }
    public LocalDate getNotedOn() { return notedOn; }
    public Instant getNotedAt() { return notedAt; }
    public String getNotedBy() { return notedBy; }
    public String getNote() { return note; }
}
