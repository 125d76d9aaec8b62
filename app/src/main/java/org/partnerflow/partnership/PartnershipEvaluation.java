package org.partnerflow.partnership;

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

/** One evaluation cycle: the partners' ratings (see {@link PrincipleRating}), the impact evidence and the lead's decision. */
@Entity
@Table(name = "partnership_evaluation")
public class PartnershipEvaluation {

    public enum Decision { CONTINUE, ADAPT, CLOSE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "partnership_id", nullable = false)
    private Long partnershipId;
    @Column(nullable = false)
    private int cycle;
    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;
    @Column(name = "impact_evidence", length = 8000)
    private String impactEvidence;
    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Decision decision;
    @Column(name = "decided_by", length = 64)
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected PartnershipEvaluation() {
    }

    PartnershipEvaluation(Long partnershipId, int cycle, Instant openedAt) {
        this.partnershipId = partnershipId;
        this.cycle = cycle;
        this.openedAt = openedAt;
    }

    void decide(Decision decision, String impactEvidence, String by, Instant at) {
        this.decision = decision;
        this.impactEvidence = impactEvidence;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public Long getId() { return id; }
    public Long getPartnershipId() { return partnershipId; }
    public int getCycle() { return cycle; }
    public Instant getOpenedAt() { return openedAt; }
    public String getImpactEvidence() { return impactEvidence; }
    public Decision getDecision() { return decision; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
}
