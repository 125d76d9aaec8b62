package org.partnerflow.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One value of the directory's groups claim and the engine group it stands for. Versioned: two
 * administrators changing it at once are told, not overwritten.
 */
@Entity
@Table(name = "directory_group_mapping")
public class DirectoryGroupMapping {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "claim_value", nullable = false, length = 255)
    private String claimValue;
    @Column(name = "group_id", nullable = false, length = 64)
    private String groupId;
    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DirectoryGroupMapping() {
    }

    DirectoryGroupMapping(String claimValue, String groupId, String by, Instant at) {
        this.claimValue = claimValue;
        this.groupId = groupId;
        this.createdBy = by;
        this.createdAt = at;
    }

    void change(String claimValue, String groupId) {
        this.claimValue = claimValue;
        this.groupId = groupId;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getClaimValue() { return claimValue; }
    public String getGroupId() { return groupId; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
