package org.partnerflow.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * An agency in the team around the child: invited, then accepted with the practitioner who joins (one
 * of the agency's people, or a named contact who works outside Partnerflow), or declined with a reason.
 * {@code agency} is the agency's kind (what consent names); {@code agencyCode} the real agency invited
 * (none on rows made before agencies were organisations).
 */
@Entity
@Table(name = "team_member")
public class TeamMember {

    public enum Status { INVITED, ACCEPTED, DECLINED, LEFT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "concern_id", nullable = false)
    private Long concernId;
    @Column(nullable = false, length = 60)
    private String agency;
    @Column(name = "agency_code", length = 60)
    private String agencyCode;
    @Column(name = "practitioner_user_id", length = 64)
    private String practitionerUserId;
    @Column(name = "contact_details", length = 500)
    private String contactDetails;
    @Column(name = "answered_by", length = 64)
    private String answeredBy;
    @Column(length = 200)
    private String practitioner;
    @Column(nullable = false, length = 200)
    private String role;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;
    @Column(name = "decline_reason", length = 2000)
    private String declineReason;
    @Column(name = "member_from")
    private LocalDate from;
    @Column(name = "member_to")
    private LocalDate to;

    protected TeamMember() {
    }

    TeamMember(Long concernId, String agency, String role) {
        this.concernId = concernId;
        this.agency = agency;
        this.role = role;
        this.status = Status.INVITED;
    }

    TeamMember(Long concernId, String agencyKind, String agencyCode, String role) {
        this(concernId, agencyKind, role);
        this.agencyCode = agencyCode;
    }

    /** One of the agency's people joins: they now see the case. */
    void acceptPractitioner(String userId, String name, LocalDate from, String answeredBy) {
        accept(name, from, answeredBy);
        this.practitionerUserId = userId;
    }

    /** A named contact who works outside Partnerflow joins: the team reaches them by the details given. */
    void acceptContact(String name, String contactDetails, LocalDate from, String answeredBy) {
        accept(name, from, answeredBy);
        this.contactDetails = contactDetails;
    }

    void accept(String practitioner, LocalDate from) {
        this.status = Status.ACCEPTED;
        this.practitioner = practitioner;
        this.from = from;
    }

    private void accept(String practitioner, LocalDate from, String answeredBy) {
        accept(practitioner, from);
        this.answeredBy = answeredBy;
    }

    void decline(String reason) {
        this.status = Status.DECLINED;
        this.declineReason = reason;
    }

    void decline(String reason, String answeredBy) {
        decline(reason);
        this.answeredBy = answeredBy;
    }

    public Long getId() { return id; }
    public Long getConcernId() { return concernId; }
    public String getAgency() { return agency; }
    public String getAgencyCode() { return agencyCode; }
    public String getPractitioner() { return practitioner; }
    public String getPractitionerUserId() { return practitionerUserId; }
    public String getContactDetails() { return contactDetails; }
    public String getAnsweredBy() { return answeredBy; }
    public String getRole() { return role; }
    public Status getStatus() { return status; }
    public String getDeclineReason() { return declineReason; }
    public LocalDate getFrom() { return from; }
    public LocalDate getTo() { return to; }
}
