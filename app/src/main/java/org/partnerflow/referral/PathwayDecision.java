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
import org.hibernate.annotations.Immutable;

/**
 * One pathway decision: what the pathway rules (girfec-pathway.dmn) recommended, what the Named
 * Person chose and, when they differ, why. A record rather than chronology text, so that how often
 * the rules are overridden can be counted (the oversight page's override rate).
 */
@Entity
@Immutable
@Table(name = "pathway_decision")
public class PathwayDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "concern_id", nullable = false)
    private Long concernId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Pathway recommended;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Pathway chosen;
    @Column(nullable = false)
    private boolean overridden;
    @Column(length = 4000)
    private String reason;
    @Column(name = "decided_by", length = 64)
    private String decidedBy;
    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected PathwayDecision() {
    }

    /** Choosing the pathway the rules recommended is no override, whatever the form's choice said. */
    PathwayDecision(Long concernId, Pathway recommended, Pathway chosen, String reason, String decidedBy, Instant decidedAt) {
        this.concernId = concernId;
        this.recommended = recommended;
        this.chosen = chosen;
        this.overridden = recommended != chosen;
        this.reason = overridden ? reason : null;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Long getId() { return id; }
    public Long getConcernId() { return concernId; }
    public Pathway getRecommended() { return recommended; }
    public Pathway getChosen() { return chosen; }
    public boolean isOverridden() { return overridden; }
    public String getReason() { return reason; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
}
