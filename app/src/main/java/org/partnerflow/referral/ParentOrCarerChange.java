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

/** One change to a parent or carer, with how they stood after it, who made it, when and why. Never changed. */
@Entity
@Immutable
@Table(name = "parent_or_carer_change")
public class ParentOrCarerChange {

    public enum Kind { ADDED, EDITED, ENDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "parent_or_carer_id", nullable = false)
    private Long parentOrCarerId;
    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind", nullable = false, length = 10)
    private Kind kind;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;
    @Column(length = 1000)
    private String reason;
    @Column(nullable = false, length = 200)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ParentOrCarer.Relationship relationship;
    @Column(length = 500)
    private String contact;
    @Column(name = "parental_responsibility", nullable = false)
    private boolean parentalResponsibility;

    protected ParentOrCarerChange() {
    }

    ParentOrCarerChange(ParentOrCarer person, Kind kind, Instant changedAt, String changedBy, String reason) {
        this.parentOrCarerId = person.getId();
        this.kind = kind;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.reason = reason;
        this.name = person.getName();
        this.relationship = person.getRelationship();
        this.contact = person.getContact();
        this.parentalResponsibility = person.hasParentalResponsibility();
    }

    public Long getId() { return id; }
    public Long getParentOrCarerId() { return parentOrCarerId; }
    public Kind getKind() { return kind; }
    public Instant getChangedAt() { return changedAt; }
    public String getChangedBy() { return changedBy; }
    public String getReason() { return reason; }
    public ParentOrCarerDetails details() {
        return new ParentOrCarerDetails(name, relationship, contact, parentalResponsibility);
    }
}
