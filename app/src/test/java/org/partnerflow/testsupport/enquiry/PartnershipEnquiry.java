package org.partnerflow.testsupport.enquiry;

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
 * The test fixture's case record: an enquiry about forming a partnership, written by the neutral
 * {@code partnership-enquiry} process the security and engine tests run (the product no longer has
 * it; its table is made for the tests by {@code db/fixture}).
 */
@Entity
@Table(name = "partnership_enquiry")
public class PartnershipEnquiry {

    public enum Status { RAISED, ACCEPTED, DECLINED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 4000)
    private String purpose;

    @Column(name = "partner_types", length = 1000)
    private String partnerTypes;

    @Column(name = "contact_email", length = 320)
    private String contactEmail;

    @Column(name = "meetings_per_year")
    private Integer meetingsPerYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.RAISED;

    @Column(name = "decision_reason", length = 4000)
    private String decisionReason;

    @Column(name = "raised_by", length = 64)
    private String raisedBy;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    protected PartnershipEnquiry() {
    }

    public PartnershipEnquiry(String name, String purpose, String partnerTypes, String contactEmail,
                              Integer meetingsPerYear, String raisedBy, Instant raisedAt, String processInstanceId) {
        this.name = name;
        this.purpose = purpose;
        this.partnerTypes = partnerTypes;
        this.contactEmail = contactEmail;
        this.meetingsPerYear = meetingsPerYear;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
        this.processInstanceId = processInstanceId;
    }

    public void decide(boolean accepted, String reason, String decidedBy, Instant decidedAt) {
        this.status = accepted ? Status.ACCEPTED : Status.DECLINED;
        this.decisionReason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public void rename(String name, String purpose) {
        this.name = name;
        this.purpose = purpose;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getName() { return name; }
    public String getPurpose() { return purpose; }
    public String getPartnerTypes() { return partnerTypes; }
    public String getContactEmail() { return contactEmail; }
    public Integer getMeetingsPerYear() { return meetingsPerYear; }
    public Status getStatus() { return status; }
    public String getDecisionReason() { return decisionReason; }
    public String getRaisedBy() { return raisedBy; }
    public Instant getRaisedAt() { return raisedAt; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getProcessInstanceId() { return processInstanceId; }
}
