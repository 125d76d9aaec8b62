package org.partnerflow.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
 * What was shared about a child, with which agency, on what basis and why; or the decision that
 * nothing is shared beyond the Named Person's agency. GIRFEC practice asks for exactly this record,
 * so the process writes one each time it shares, and never changes it.
 */
@Entity
@Immutable
@Table(name = "information_sharing_decision")
public class InformationSharingDecision {

    /** Why sharing was lawful, or that nothing was shared; in words from the bundle ({@code Words.of}). */
    public enum Basis { CONSENT, WITHOUT_CONSENT, CHILD_PROTECTION, NOT_SHARED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "concern_id", nullable = false)
    private Long concernId;
    @Column(length = 60)
    private String agency;
    @Column(nullable = false)
    private boolean shared;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Basis basis;
    @Column(name = "what_shared", length = 2000)
    private String whatShared;
    @Column(nullable = false, length = 4000)
    private String reason;
    @Column(name = "decided_by", length = 64)
    private String decidedBy;
    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;
    /** Practice Guidance 4's notes on the share: lawful basis, told or why not, views, advice (none before V23). */
    @Embedded
    private SharingNotes notes;

    protected InformationSharingDecision() {
    }

    static InformationSharingDecision shared(Long concernId, String agency, Basis basis, String whatShared, String reason,
                                             String decidedBy, Instant decidedAt) {
        return shared(concernId, agency, basis, whatShared, reason, null, decidedBy, decidedAt);
    }

    static InformationSharingDecision shared(Long concernId, String agency, Basis basis, String whatShared, String reason,
                                             SharingNotes notes, String decidedBy, Instant decidedAt) {
        if (basis == Basis.NOT_SHARED) {
            throw new IllegalArgumentException("A share needs a basis for sharing");
        }
        InformationSharingDecision d = new InformationSharingDecision();
        d.concernId = concernId;
        d.agency = agency;
        d.shared = true;
        d.basis = basis;
        d.whatShared = whatShared;
        d.reason = reason;
        d.notes = notes;
        d.decidedBy = decidedBy;
        d.decidedAt = decidedAt;
        return d;
    }

    static InformationSharingDecision notShared(Long concernId, String reason, String decidedBy, Instant decidedAt) {
        return notShared(concernId, reason, null, decidedBy, decidedAt);
    }

    static InformationSharingDecision notShared(Long concernId, String reason, SharingNotes notes, String decidedBy, Instant decidedAt) {
        InformationSharingDecision d = new InformationSharingDecision();
        d.notes = notes == null ? null : notes.withBasis(null);
        d.concernId = concernId;
        d.shared = false;
        d.basis = Basis.NOT_SHARED;
        d.reason = reason;
        d.decidedBy = decidedBy;
        d.decidedAt = decidedAt;
        return d;
    }

    public Long getId() { return id; }
    public Long getConcernId() { return concernId; }
    public String getAgency() { return agency; }
    public boolean isShared() { return shared; }
    public Basis getBasis() { return basis; }
    public String getWhatShared() { return whatShared; }
    public String getReason() { return reason; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    /** Practice Guidance 4's notes; empty notes (all null) on shares from before they were asked. */
    public SharingNotes getNotes() { return notes == null ? new SharingNotes(null, null, null, null, null, null) : notes; }
}
