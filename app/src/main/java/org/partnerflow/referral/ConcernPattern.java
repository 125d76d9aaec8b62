package org.partnerflow.referral;

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

/**
 * Concerns accumulating about one child: how many concerns from how many different people within the
 * window, noticed when the concern that reached the threshold was recorded, and what the Named Person
 * made of them. Not in the chronology: a raiser reads their concern's chronology.
 */
@Entity
@Table(name = "concern_pattern")
public class ConcernPattern {

    /** What the Named Person decided, looking at the concerns together (words in the bundle). */
    public enum Decision { SEEN_TOGETHER, NO_PATTERN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "child_id", nullable = false)
    private Long childId;
    @Column(name = "concern_id", nullable = false)
    private Long concernId;
    @Column(name = "noticed_at", nullable = false)
    private Instant noticedAt;
    @Column(nullable = false)
    private int raisers;
    @Column(nullable = false)
    private int concerns;
    @Column(name = "looked_at_by", length = 64)
    private String lookedAtBy;
    @Column(name = "looked_at_at")
    private Instant lookedAtAt;
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Decision decision;
    @Column(length = 4000)
    private String note;

    protected ConcernPattern() {
    }

    ConcernPattern(Long childId, Long concernId, Instant noticedAt, int raisers, int concerns) {
        this.childId = childId;
        this.concernId = concernId;
        this.noticedAt = noticedAt;
        this.raisers = raisers;
        this.concerns = concerns;
    }

    void lookedAt(String by, Instant at, Decision decision, String note) {
        this.lookedAtBy = by;
        this.lookedAtAt = at;
        this.decision = decision;
        this.note = note;
    }

    public Long getId() { return id; }
    public Long getChildId() { return childId; }
    public Long getConcernId() { return concernId; }
    public Instant getNoticedAt() { return noticedAt; }
    public int getRaisers() { return raisers; }
    public int getConcerns() { return concerns; }
    public String getLookedAtBy() { return lookedAtBy; }
    public Instant getLookedAtAt() { return lookedAtAt; }
    public Decision getDecision() { return decision; }
    public String getNote() { return note; }
}
