package org.partnerflow.referral;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.Immutable;

/**
 * One agreed version of a child's Child's Plan: the needs, the intended outcome per wellbeing
 * indicator, the actions, the services, the Lead Professional and the review date. Agreed versions
 * never change; a review agrees the next version, and old versions stay readable.
 */
@Entity
@Immutable
@Table(name = "childs_plan_version")
public class ChildsPlanVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "concern_id", nullable = false)
    private Long concernId;
    @Column(name = "version_number", nullable = false)
    private int versionNumber;
    @Column(name = "agreed_at", nullable = false)
    private Instant agreedAt;
    @Column(name = "agreed_by", length = 64)
    private String agreedBy;
    @Column(name = "lead_professional", length = 64)
    private String leadProfessional;
    @Column(name = "needs_summary", nullable = false, length = 4000)
    private String needsSummary;
    @Column(length = 4000)
    private String services;
    @Column(name = "review_date", nullable = false)
    private LocalDate reviewDate;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_outcome", joinColumns = @JoinColumn(name = "plan_version_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "indicator", length = 20)
    private Map<WellbeingIndicator, PlanOutcome> outcomes = new EnumMap<>(WellbeingIndicator.class);
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_action", joinColumns = @JoinColumn(name = "plan_version_id"))
    @OrderColumn(name = "position")
    private List<PlanAction> actions = new ArrayList<>();

    protected ChildsPlanVersion() {
    }

    ChildsPlanVersion(Long concernId, int versionNumber, Instant agreedAt, String agreedBy, String leadProfessional,
                      String needsSummary, String services, LocalDate reviewDate, Map<WellbeingIndicator, PlanOutcome> outcomes,
                      List<PlanAction> actions) {
        this(concernId, versionNumber, agreedAt, agreedBy, leadProfessional, new ChildsPlanContent(needsSummary, services, outcomes, actions),
                reviewDate);
    }

    private ChildsPlanVersion(Long concernId, int versionNumber, Instant agreedAt, String agreedBy, String leadProfessional,
                              ChildsPlanContent content, LocalDate reviewDate) {
        this.concernId = concernId;
        this.versionNumber = versionNumber;
        this.agreedAt = agreedAt;
        this.agreedBy = agreedBy;
        this.leadProfessional = leadProfessional;
        this.needsSummary = content.needsSummary();
        this.services = content.services();
        this.reviewDate = reviewDate;
        this.outcomes = content.outcomes().isEmpty() ? new EnumMap<>(WellbeingIndicator.class) : new EnumMap<>(content.outcomes());
        this.actions = new ArrayList<>(content.actions());
    }

    /** A first version from the plan form's written outcomes, each open. */
    static ChildsPlanVersion first(Long concernId, int versionNumber, Instant agreedAt, String agreedBy, String leadProfessional,
                                   String needsSummary, String services, LocalDate reviewDate, Map<WellbeingIndicator, String> outcomes,
                                   List<PlanAction> actions) {
        Map<WellbeingIndicator, PlanOutcome> open = new EnumMap<>(WellbeingIndicator.class);
        outcomes.forEach((indicator, text) -> open.put(indicator, PlanOutcome.open(text)));
        return new ChildsPlanVersion(concernId, versionNumber, agreedAt, agreedBy, leadProfessional, needsSummary, services, reviewDate,
                open, actions);
    }

    /** The next version, agreed at a review with no changes: the same plan with a new review date. */
    ChildsPlanVersion nextAtReview(Instant agreedAt, String agreedBy, LocalDate nextReviewDate) {
        return new ChildsPlanVersion(concernId, versionNumber + 1, agreedAt, agreedBy, leadProfessional, content(), nextReviewDate);
    }

    /** The next version, agreed at a review from the plan as the Lead Professional changed it since this one ({@link ChildsPlanDraft}). */
    ChildsPlanVersion nextAtReview(ChildsPlanDraft changed, Instant agreedAt, String agreedBy, String nextLeadProfessional,
                                   LocalDate nextReviewDate) {
        return new ChildsPlanVersion(concernId, versionNumber + 1, agreedAt, agreedBy, nextLeadProfessional, changed.content(),
                nextReviewDate);
    }

    /** What the plan says, as agreed. */
    ChildsPlanContent content() {
        return new ChildsPlanContent(needsSummary, services, outcomes, actions);
    }

    /** The day it was agreed, in Scotland: no action of the plan is due before it. */
    public LocalDate getAgreedOn() { return LocalDate.ofInstant(agreedAt, org.partnerflow.words.Words.ZONE); }

    public Long getId() { return id; }
    public Long getConcernId() { return concernId; }
    public int getVersionNumber() { return versionNumber; }
    public Instant getAgreedAt() { return agreedAt; }
    public String getAgreedBy() { return agreedBy; }
    public String getLeadProfessional() { return leadProfessional; }
    public String getNeedsSummary() { return needsSummary; }
    public String getServices() { return services; }
    public LocalDate getReviewDate() { return reviewDate; }
    /** Each indicator's outcome in words (met ones too: {@link #getPlanOutcomes} says which). */
    public Map<WellbeingIndicator, String> getOutcomes() {
        Map<WellbeingIndicator, String> words = new EnumMap<>(WellbeingIndicator.class);
        outcomes.forEach((indicator, outcome) -> words.put(indicator, outcome.getText()));
        return Map.copyOf(words);
    }
    /** Each indicator's outcome with whether it was met, and when. */
    public Map<WellbeingIndicator, PlanOutcome> getPlanOutcomes() { return Map.copyOf(outcomes); }
    public List<PlanAction> getActions() { return List.copyOf(actions); }
}
