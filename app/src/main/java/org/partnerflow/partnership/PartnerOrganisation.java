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

/**
 * An organisation in the partner register. Its people act for it in partnership tasks as members of
 * its engine group, so Partnerflow's one identity store also says who speaks for whom.
 */
@Entity
@Table(name = "partner_organisation")
public class PartnerOrganisation {

    /** Engine group ids of organisations start with this; the rest is the organisation's id. */
    public static final String GROUP_PREFIX = "organisation-";
    static final String PENDING_GROUP = "pending-";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(nullable = false, length = 200)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OrganisationKind kind;
    @Column(name = "local_authority", nullable = false, length = 100)
    private String localAuthority;
    @Column(name = "group_id", nullable = false, length = 64, unique = true)
    private String groupId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PartnerOrganisation() {
    }

    PartnerOrganisation(String name, OrganisationKind kind, String localAuthority, String groupId, Instant createdAt) {
        this.name = name;
        this.kind = kind;
        this.localAuthority = localAuthority;
        this.groupId = groupId;
        this.createdAt = createdAt;
    }

    /** The engine group is named after the row's id, so it is given once the row exists. */
    void assignGroup(String groupId) {
        if (this.groupId != null && !this.groupId.startsWith(PENDING_GROUP)) {
            throw new IllegalStateException("Organisation " + id + " already has its group " + this.groupId);
        }
        this.groupId = groupId;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getName() { return name; }
    public OrganisationKind getKind() { return kind; }
    public String getLocalAuthority() { return localAuthority; }
    public String getGroupId() { return groupId; }
    public Instant getCreatedAt() { return createdAt; }
}
