package org.partnerflow.referral;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.Immutable;

/** Consent to share information (who gave it, for what, with whom, when), or the reason for sharing without it. */
@Entity
@Immutable
@Table(name = "consent_record")
public class ConsentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "concern_id", nullable = false)
    private Long concernId;
    @Column(name = "consent_given", nullable = false)
    private boolean consentGiven;
    @Column(name = "given_by", length = 200)
    private String givenBy;
    @Column(length = 2000)
    private String scope;
    @Column(name = "given_on")
    private LocalDate givenOn;
    @Column(name = "shares_without_consent", nullable = false)
    private boolean sharesWithoutConsent;
    @Column(name = "reason_without_consent", length = 4000)
    private String reasonWithoutConsent;
    @Column(name = "recorded_by", length = 64)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consent_agency", joinColumns = @JoinColumn(name = "consent_id"))
    @Column(name = "agency", length = 60)
    private Set<String> agencies = new LinkedHashSet<>();
    /** Practice Guidance 4's notes on the decision: lawful basis, told or why not, views, advice (none before V23). */
    @Embedded
    private SharingNotes notes;

    protected ConsentRecord() {
    }

    static ConsentRecord given(Long concernId, String givenBy, String scope, LocalDate givenOn, Set<String> agencies,
                               String recordedBy, Instant recordedAt) {
        return given(concernId, givenBy, scope, givenOn, agencies, new SharingNotes(LawfulBasis.CONSENT, true, null, null, null, null),
                recordedBy, recordedAt);
    }

    /** Consent given: the lawful basis is consent, and whoever gave it was told. */
    static ConsentRecord given(Long concernId, String givenBy, String scope, LocalDate givenOn, Set<String> agencies, SharingNotes notes,
                               String recordedBy, Instant recordedAt) {
        ConsentRecord r = new ConsentRecord();
        r.notes = notes.withBasis(LawfulBasis.CONSENT);
        r.concernId = concernId;
        r.consentGiven = true;
        r.givenBy = givenBy;
        r.scope = scope;
        r.givenOn = givenOn;
        r.agencies = new LinkedHashSet<>(agencies);
        r.recordedBy = recordedBy;
        r.recordedAt = recordedAt;
        return r;
    }

    /** No consent: nothing is shared, or (with a reason) the stated information goes to the stated agencies. */
    static ConsentRecord notGiven(Long concernId, boolean sharesWithoutConsent, String reason, String scope, Set<String> agencies,
                                  String recordedBy, Instant recordedAt) {
        return notGiven(concernId, sharesWithoutConsent, reason, scope, agencies, null, recordedBy, recordedAt);
    }

    /** No consent: {@code notes} says on what lawful basis (if sharing), whether the family was told and their views. */
    static ConsentRecord notGiven(Long concernId, boolean sharesWithoutConsent, String reason, String scope, Set<String> agencies,
                                  SharingNotes notes, String recordedBy, Instant recordedAt) {
        ConsentRecord r = new ConsentRecord();
        r.notes = notes == null || sharesWithoutConsent ? notes : notes.withBasis(null);
        r.concernId = concernId;
        r.sharesWithoutConsent = sharesWithoutConsent;
        r.reasonWithoutConsent = reason;
        if (sharesWithoutConsent) {
            r.scope = scope;
            r.agencies = new LinkedHashSet<>(agencies);
        }
        r.recordedBy = recordedBy;
        r.recordedAt = recordedAt;
        return r;
    }

    public boolean mayShare() {
        return consentGiven || sharesWithoutConsent;
    }

    /** Whether this record lets the named agency be told about the child. */
    public boolean covers(String agency) {
        return mayShare() && agencies.contains(agency);
    }

    public Long getId() { return id; }
    public Long getConcernId() { return concernId; }
    public boolean isConsentGiven() { return consentGiven; }
    public String getGivenBy() { return givenBy; }
    public String getScope() { return scope; }
    public LocalDate getGivenOn() { return givenOn; }
    public boolean isSharesWithoutConsent() { return sharesWithoutConsent; }
    public String getReasonWithoutConsent() { return reasonWithoutConsent; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public Set<String> getAgencies() { return Set.copyOf(agencies); }
    /** Practice Guidance 4's notes; empty notes (all null) on records from before they were asked. */
    public SharingNotes getNotes() { return notes == null ? new SharingNotes(null, null, null, null, null, null) : notes; }
}
