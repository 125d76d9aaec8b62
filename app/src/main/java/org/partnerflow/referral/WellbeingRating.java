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

/**
 * One indicator's rating on one occasion (1 = serious concern … 6 = thriving). Ratings are kept, not
 * overwritten, so the case page can chart wellbeing over time.
 */
@Entity
@Table(name = "wellbeing_rating")
public class WellbeingRating {

    public enum Occasion { ASSESSMENT, REVIEW }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "concern_id", nullable = false)
    private Long concernId;
    @Column(name = "rated_at", nullable = false)
    private Instant ratedAt;
    @Column(name = "rated_by", length = 64)
    private String ratedBy;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Occasion occasion;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WellbeingIndicator indicator;
    @Column(nullable = false)
    private int rating;

    protected WellbeingRating() {
    }

    public WellbeingRating(Long concernId, Instant ratedAt, String ratedBy, Occasion occasion, WellbeingIndicator indicator, int rating) {
        this.concernId = concernId;
        this.ratedAt = ratedAt;
        this.ratedBy = ratedBy;
        this.occasion = occasion;
        this.indicator = indicator;
        this.rating = rating;
    }

    public Long getId() { return id; }
    public Long getConcernId() { return concernId; }
    public Instant getRatedAt() { return ratedAt; }
    public String getRatedBy() { return ratedBy; }
    public Occasion getOccasion() { return occasion; }
    public WellbeingIndicator getIndicator() { return indicator; }
    public int getRating() { return rating; }
}
