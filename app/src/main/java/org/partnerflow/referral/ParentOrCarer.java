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
 * Someone with parental responsibility for a child, or who cares for them, as they stand now. Never
 * deleted: someone who no longer has a part is ended, and every change is a row of
 * {@link ParentOrCarerChange}, so what the record said at any time can be read back.
 */
@Entity
@Table(name = "parent_or_carer")
public class ParentOrCarer {

    /** How they are related to the child (words in the bundle: {@code ParentOrCarer.Relationship.MOTHER}...). */
    public enum Relationship {
        MOTHER, FATHER, STEP_PARENT, GRANDPARENT, FOSTER_CARER, KINSHIP_CARER, GUARDIAN, OTHER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "child_id", nullable = false)
    private Long childId;
    @Column(nullable = false, length = 200)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Relationship relationship;
    @Column(length = 500)
    private String contact;
    @Column(name = "parental_responsibility", nullable = false)
    private boolean parentalResponsibility;
    @Column(name = "added_at", nullable = false)
    private Instant addedAt;
    @Column(name = "added_by", nullable = false, length = 64)
    private String addedBy;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "ended_by", length = 64)
    private String endedBy;

    protected ParentOrCarer() {
    }

    ParentOrCarer(Long childId, ParentOrCarerDetails details, Instant addedAt, String addedBy) {
        this.childId = childId;
        apply(details);
        this.addedAt = addedAt;
        this.addedBy = addedBy;
    }

    void apply(ParentOrCarerDetails details) {
        this.name = details.name();
        this.relationship = details.relationship();
        this.contact = details.contact();
        this.parentalResponsibility = details.parentalResponsibility();
    }

    void end(Instant at, String by) {
        this.endedAt = at;
        this.endedBy = by;
    }

    public ParentOrCarerDetails details() {
        return new ParentOrCarerDetails(name, relationship, contact, parentalResponsibility);
    }

    public boolean isCurrent() {
        return endedAt == null;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Long getChildId() { return childId; }
    public String getName() { return name; }
    public Relationship getRelationship() { return relationship; }
    public String getContact() { return contact; }
    public boolean hasParentalResponsibility() { return parentalResponsibility; }
    public Instant getAddedAt() { return addedAt; }
    public String getAddedBy() { return addedBy; }
    public Instant getEndedAt() { return endedAt; }
    public String getEndedBy() { return endedBy; }
}
