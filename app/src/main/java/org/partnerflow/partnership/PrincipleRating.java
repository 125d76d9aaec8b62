package org.partnerflow.partnership;

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

/** One partner's rating of the partnership on one principle in one evaluation cycle (six-point scale), with evidence. */
@Entity
@Immutable
@Table(name = "principle_rating")
public class PrincipleRating {

    /** How Good Is Our School? 4's six-point scale, best first. */
    public static final String[] SCALE = {"", "Unsatisfactory", "Weak", "Satisfactory", "Good", "Very good", "Excellent"};

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "evaluation_id", nullable = false)
    private Long evaluationId;
    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private PartnershipPrinciple principle;
    @Column(nullable = false)
    private int rating;
    @Column(nullable = false, length = 4000)
    private String evidence;
    @Column(name = "rated_by", length = 64)
    private String ratedBy;
    @Column(name = "rated_at", nullable = false)
    private Instant ratedAt;

    protected PrincipleRating() {
    }

    PrincipleRating(Long evaluationId, Long organisationId, PartnershipPrinciple principle, int rating, String evidence,
                    String ratedBy, Instant ratedAt) {
        if (rating < 1 || rating > 6) {
            throw new IllegalArgumentException("A rating is on the six-point scale, 1 to 6: " + rating);
        }
        this.evaluationId = evaluationId;
        this.organisationId = organisationId;
        this.principle = principle;
        this.rating = rating;
        this.evidence = evidence;
        this.ratedBy = ratedBy;
        this.ratedAt = ratedAt;
    }

    public Long getId() { return id; }
    public Long getEvaluationId() { return evaluationId; }
    public Long getOrganisationId() { return organisationId; }
    public PartnershipPrinciple getPrinciple() { return principle; }
    public int getRating() { return rating; }
    public String getEvidence() { return evidence; }
    public String getRatedBy() { return ratedBy; }
    public Instant getRatedAt() { return ratedAt; }

    /** Mean rating per principle in one cycle, across the partners who rated. */
    public static java.util.Map<PartnershipPrinciple, Double> meanByPrinciple(java.util.List<PrincipleRating> cycleRatings) {
        return cycleRatings.stream().collect(java.util.stream.Collectors.groupingBy(PrincipleRating::getPrinciple,
                () -> new java.util.EnumMap<>(PartnershipPrinciple.class),
                java.util.stream.Collectors.averagingInt(PrincipleRating::getRating)));
    }
}
