package org.partnerflow.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A partner organisation's answer to one revision of the data-sharing protocol. */
@Entity
@Immutable
@Table(name = "data_sharing_answer")
public class DataSharingAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "protocol_id", nullable = false)
    private Long protocolId;
    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;
    @Column(nullable = false)
    private boolean agreed;
    @Column(length = 4000)
    private String reason;
    @Column(name = "answered_by", length = 64)
    private String answeredBy;
    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected DataSharingAnswer() {
    }

    DataSharingAnswer(Long protocolId, Long organisationId, boolean agreed, String reason, String answeredBy, Instant answeredAt) {
        this.protocolId = protocolId;
        this.organisationId = organisationId;
        this.agreed = agreed;
        this.reason = reason;
        this.answeredBy = answeredBy;
        this.answeredAt = answeredAt;
    }

    public Long getId() { return id; }
    public Long getProtocolId() { return protocolId; }
    public Long getOrganisationId() { return organisationId; }
    public boolean isAgreed() { return agreed; }
    public String getReason() { return reason; }
    public String getAnsweredBy() { return answeredBy; }
    public Instant getAnsweredAt() { return answeredAt; }
}
