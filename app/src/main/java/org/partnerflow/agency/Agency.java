package org.partnerflow.agency;

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
 * A service of one council that joins teams around children: a health visiting team, a social work
 * team, a police division, a third-sector service. Its practitioners, who answer its invitations, are
 * the engine group {@link #practitionerGroup()}; its managers, who see the cases it joined, are
 * {@link #managerGroup()}. The code never changes once made: invitations and engine groups name it.
 */
@Entity
@Table(name = "agency")
public class Agency {

    /** The engine group type of an agency's practitioners. */
    public static final String GROUP_TYPE = "agency";
    /** The engine group type of an agency's managers. */
    public static final String MANAGER_GROUP_TYPE = "agency-managers";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(nullable = false, unique = true, length = 60, updatable = false)
    private String code;
    @Column(nullable = false, length = 200)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AgencyKind kind;
    @Column(name = "authority_code", nullable = false, length = 40, updatable = false)
    private String authorityCode;
    @Column(nullable = false)
    private boolean closed;
    @Column(name = "updated_by", length = 64)
    private String updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Agency() {
    }

    Agency(String code, String name, AgencyKind kind, String authorityCode, String updatedBy, Instant updatedAt) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.authorityCode = authorityCode;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    void change(String name, AgencyKind kind, boolean closed, String by, Instant at) {
        this.name = name;
        this.kind = kind;
        this.closed = closed;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String practitionerGroup() {
        return practitionerGroupOf(code);
    }

    public String managerGroup() {
        return managerGroupOf(code);
    }

    /** The engine group that answers an agency's invitations, for an agency known only by its code. */
    public static String practitionerGroupOf(String agencyCode) {
        return "agency." + agencyCode;
    }

    /** The engine group of an agency's managers, for an agency known only by its code. */
    public static String managerGroupOf(String agencyCode) {
        return "agency-managers." + agencyCode;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public AgencyKind getKind() { return kind; }
    public String getAuthorityCode() { return authorityCode; }
    public boolean isClosed() { return closed; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
}
