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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Child's Plan as it is being changed between reviews (its needs, what will help, outcomes and
 * actions): one per case, started as a copy of the agreed version ({@code basedOnVersion}) and restarted from each newly agreed one. The review agrees
 * the next version from it ({@link ChildsPlanVersion#nextAtReview(ChildsPlanDraft, Instant, String, String, LocalDate)});
 * the agreed versions themselves never change. Two editors at once are told by {@code @Version}.
 */
@Entity
@Table(name = "childs_plan_draft")
public class ChildsPlanDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "concern_id", nullable = false)
    private Long concernId;
    @Column(name = "based_on_version", nullable = false)
    private int basedOnVersion;
    @Column(name = "changed_at")
    private Instant changedAt;
    @Column(name = "changed_by", length = 64)
    private String changedBy;
    @Column(name = "needs_summary", nullable = false, length = 4000)
    private String needsSummary;
    @Column(length = 4000)
    private String services;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_draft_outcome", joinColumns = @JoinColumn(name = "draft_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "indicator", length = 20)
    private Map<WellbeingIndicator, PlanOutcome> outcomes = new EnumMap<>(WellbeingIndicator.class);
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_draft_action", joinColumns = @JoinColumn(name = "draft_id"))
    @OrderColumn(name = "position")
    private List<PlanAction> actions = new ArrayList<>();

    protected ChildsPlanDraft() {
    }

    ChildsPlanDraft(ChildsPlanVersion agreed) {
        this.concernId = agreed.getConcernId();
        startFrom(agreed);
    }

    /** Starts again as a copy of a newly agreed version. */
    void startFrom(ChildsPlanVersion agreed) {
        basedOnVersion = agreed.getVersionNumber();
        ChildsPlanContent content = agreed.content();
        needsSummary = content.needsSummary();
        services = content.services();
        outcomes.clear();
        outcomes.putAll(content.outcomes());
        actions.clear();
        content.actions().forEach(a -> actions.add(a.copy()));
        changedAt = null;
        changedBy = null;
    }

    void changed(Instant at, String by) {
        changedAt = at;
        changedBy = by;
    }

    /** The wellbeing needs (what we are worried about) and what will help (services, how support is given). */
    void describe(String needsSummary, String services) {
        this.needsSummary = needsSummary;
        this.services = services;
    }

    void putOutcome(WellbeingIndicator indicator, PlanOutcome outcome) {
        outcomes.put(indicator, outcome);
    }

    void addAction(PlanAction action) {
        actions.add(action);
    }

    void replaceAction(PlanAction action) {
        actions.replaceAll(a -> a.getRef().equals(action.getRef()) ? action : a);
    }

    void removeAction(String ref) {
        actions.removeIf(a -> a.getRef().equals(ref));
    }

    /** What the plan says as changed so far. */
    ChildsPlanContent content() {
        return new ChildsPlanContent(needsSummary, services, outcomes, actions);
    }

    Optional<PlanAction> action(String ref) {
        return actions.stream().filter(a -> a.getRef().equals(ref)).findFirst();
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Long getConcernId() { return concernId; }
    public int getBasedOnVersion() { return basedOnVersion; }
    public Instant getChangedAt() { return changedAt; }
    public String getChangedBy() { return changedBy; }
    public String getNeedsSummary() { return needsSummary; }
    public String getServices() { return services; }
    public Map<WellbeingIndicator, PlanOutcome> getOutcomes() { return Map.copyOf(outcomes); }
    public List<PlanAction> getActions() { return List.copyOf(actions); }
}
