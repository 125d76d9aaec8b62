package org.partnerflow.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One revision of a partnership's data-sharing protocol: what personal data is shared, why, on what
 * lawful basis and for how long; or the declaration that no personal data is shared. A partner's
 * objection leads to a new revision; earlier ones stay as they were.
 */
@Entity
@Immutable
@Table(name = "data_sharing_protocol")
public class DataSharingProtocol {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "partnership_id", nullable = false)
    private Long partnershipId;
    @Column(nullable = false)
    private int revision;
    @Column(name = "personal_data_shared", nullable = false)
    private boolean personalDataShared;
    @Column(name = "what_is_shared", length = 4000)
    private String whatIsShared;
    @Column(length = 4000)
    private String purpose;
    @Column(name = "lawful_basis", length = 2000)
    private String lawfulBasis;
    @Column(length = 2000)
    private String retention;
    @Column(name = "drafted_by", length = 64)
    private String draftedBy;
    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    protected DataSharingProtocol() {
    }

    DataSharingProtocol(Long partnershipId, int revision, boolean personalDataShared, String whatIsShared, String purpose,
                        String lawfulBasis, String retention, String draftedBy, Instant draftedAt) {
        this.partnershipId = partnershipId;
        this.revision = revision;
        this.personalDataShared = personalDataShared;
        this.whatIsShared = whatIsShared;
        this.purpose = purpose;
        this.lawfulBasis = lawfulBasis;
        this.retention = retention;
        this.draftedBy = draftedBy;
        this.draftedAt = draftedAt;
    }

    public Long getId() { return id; }
    public Long getPartnershipId() { return partnershipId; }
    public int getRevision() { return revision; }
    public boolean isPersonalDataShared() { return personalDataShared; }
    public String getWhatIsShared() { return whatIsShared; }
    public String getPurpose() { return purpose; }
    public String getLawfulBasis() { return lawfulBasis; }
    public String getRetention() { return retention; }
    public String getDraftedBy() { return draftedBy; }
    public Instant getDraftedAt() { return draftedAt; }
}
