package org.partnerflow.establishment;

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
 * A school, nursery or health visiting team, in one authority. A child's record belongs to one; its
 * Named Persons are the engine group {@link #namedPersonGroup()} (a person may serve several). The
 * code never changes once made: children's records and engine groups name it.
 */
@Entity
@Table(name = "establishment")
public class Establishment {

    /** The engine group type of an establishment's Named Persons. */
    public static final String GROUP_TYPE = "establishment";

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
    private EstablishmentKind kind;
    @Column(name = "authority_code", nullable = false, length = 40, updatable = false)
    private String authorityCode;
    @Column(nullable = false)
    private boolean closed;
    @Column(name = "updated_by", length = 64)
    private String updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Establishment() {
    }

    Establishment(String code, String name, EstablishmentKind kind, String authorityCode, String updatedBy, Instant updatedAt) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.authorityCode = authorityCode;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    void rename(String name, EstablishmentKind kind, String by, Instant at) {
        this.name = name;
        this.kind = kind;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    void close(boolean closed, String by, Instant at) {
        this.closed = closed;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** The engine group of this establishment's Named Persons. */
    public String namedPersonGroup() {
        return namedPersonGroupOf(code);
    }

    /** The Named Person group of an establishment known only by its code (as a child's record holds it). */
    public static String namedPersonGroupOf(String establishmentCode) {
        return establishmentCode == null ? null : "named-persons." + establishmentCode;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public EstablishmentKind getKind() { return kind; }
    public String getAuthorityCode() { return authorityCode; }
    public boolean isClosed() { return closed; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
}
