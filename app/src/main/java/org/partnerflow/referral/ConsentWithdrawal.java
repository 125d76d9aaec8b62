package org.partnerflow.referral;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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

/**
 * Consent withdrawn, for some or all of the agencies a consent record covered: its own record, since
 * a consent record is never changed. From then on nothing more is shared with those agencies under
 * that consent ({@link InformationSharing#coverage}).
 */
@Entity
@Immutable
@Table(name = "consent_withdrawal")
public class ConsentWithdrawal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "concern_id", nullable = false)
    private Long concernId;
    @Column(name = "consent_id", nullable = false)
    private Long consentId;
    @Column(name = "withdrawn_by", nullable = false, length = 200)
    private String withdrawnBy;
    @Column(name = "withdrawn_on", nullable = false)
    private LocalDate withdrawnOn;
    @Column(length = 2000)
    private String note;
    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consent_withdrawal_agency", joinColumns = @JoinColumn(name = "withdrawal_id"))
    @Column(name = "agency", length = 60)
    private Set<String> agencies = new LinkedHashSet<>();

    protected ConsentWithdrawal() {
    }

    ConsentWithdrawal(ConsentRecord consent, String withdrawnBy, LocalDate withdrawnOn, Set<String> agencies, String note,
                      String recordedBy, Instant recordedAt) {
        this.concernId = consent.getConcernId();
        this.consentId = consent.getId();
        this.withdrawnBy = withdrawnBy;
        this.withdrawnOn = withdrawnOn;
        this.agencies = new LinkedHashSet<>(agencies);
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public Long getConcernId() { return concernId; }
    public Long getConsentId() { return consentId; }
    /** Who withdrew it: the child, or the parent or carer, by name as they gave consent. */
    public String getWithdrawnBy() { return withdrawnBy; }
    public LocalDate getWithdrawnOn() { return withdrawnOn; }
    public String getNote() { return note; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public Set<String> getAgencies() { return Set.copyOf(agencies); }
}
