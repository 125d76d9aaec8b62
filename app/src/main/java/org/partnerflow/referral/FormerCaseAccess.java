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

/**
 * Someone who handed a child's case on (Flyway V18): they read it until {@code readUntil}, then their
 * past tasks give them no part in it ({@link CaseAccess}). Written by {@link ChangesOfHands} only.
 */
@Entity
@Immutable
@Table(name = "former_case_access")
class FormerCaseAccess {

    /** The part the person handed on. */
    enum Part { NAMED_PERSON, LEAD_PROFESSIONAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "concern_id", nullable = false)
    private Long concernId;
    @Column(nullable = false, length = 64)
    private String person;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Part part;
    @Column(name = "read_until", nullable = false)
    private Instant readUntil;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected FormerCaseAccess() {
    }

    FormerCaseAccess(Long concernId, String person, Part part, Instant readUntil, Instant recordedAt) {
        this.concernId = concernId;
        this.person = person;
        this.part = part;
        this.readUntil = readUntil;
        this.recordedAt = recordedAt;
    }

    Long getId() { return id; }
    Long getConcernId() { return concernId; }
    String getPerson() { return person; }
    Part getPart() { return part; }
    Instant getReadUntil() { return readUntil; }
}
