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

/** A review of a Child's Plan version: progress, views and what was decided. */
@Entity
@Immutable
@Table(name = "plan_review")
public class PlanReview {

    public enum Decision { CONTINUE, STEP_DOWN, CLOSE, ESCALATE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "concern_id", nullable = false)
    private Long concernId;
    @Column(name = "plan_version_id", nullable = false)
    private Long planVersionId;
    @Column(name = "held_at", nullable = false)
    private Instant heldAt;
    @Column(name = "held_by", length = 64)
    private String heldBy;
    @Column(nullable = false, length = 8000)
    private String progress;
    @Column(nullable = false, length = 4000)
    private String views;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Decision decision;
    @Column(name = "next_review_date")
    private LocalDate nextReviewDate;

    protected PlanReview() {
    }

    PlanReview(Long concernId, Long planVersionId, Instant heldAt, String heldBy, String progress, String views,
               Decision decision, LocalDate nextReviewDate) {
        this.concernId = concernId;
        this.planVersionId = planVersionId;
        this.heldAt = heldAt;
        this.heldBy = heldBy;
        this.progress = progress;
        this.views = views;
        this.decision = decision;
        this.nextReviewDate = nextReviewDate;
    }

    public Long getId() { return id; }
    public Long getConcernId() { return concernId; }
    public Long getPlanVersionId() { return planVersionId; }
    public Instant getHeldAt() { return heldAt; }
    public String getHeldBy() { return heldBy; }
    public String getProgress() { return progress; }
    public String getViews() { return views; }
    public Decision getDecision() { return decision; }
    public LocalDate getNextReviewDate() { return nextReviewDate; }
}
