package org.partnerflow.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** The record that a closed case was anonymised: by whom, when and why. Never changed. */
@Entity
@Immutable
@Table(name = "case_anonymisation")
public class CaseAnonymisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "concern_id", nullable = false)
    private Long concernId;
    @Column(name = "anonymised_by", nullable = false, length = 64)
    private String anonymisedBy;
    @Column(name = "anonymised_at", nullable = false)
    private Instant anonymisedAt;
    @Column(nullable = false, length = 1000)
    private String reason;

    protected CaseAnonymisation() {
    }

    CaseAnonymisation(Long concernId, String anonymisedBy, Instant anonymisedAt, String reason) {
        this.concernId = concernId;
        this.anonymisedBy = anonymisedBy;
        this.anonymisedAt = anonymisedAt;
        this.reason = reason;
    }

    public Long getId() { return id; }
    public Long getConcernId() { return concernId; }
    public String getAnonymisedBy() { return anonymisedBy; }
    public Instant getAnonymisedAt() { return anonymisedAt; }
    public String getReason() { return reason; }
}
