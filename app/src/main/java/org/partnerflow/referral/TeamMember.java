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

/** A partner agency in the team around the child: invited, then accepted with a named practitioner, or declined. */
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

    void accept(String practitioner, LocalDate from) {
        this.status = Status.ACCEPTED;
        this.practitioner = practitioner;
        this.from = from;
    }

    void decline(String reason) {
        this.status = Status.DECLINED;
        this.declineReason = reason;
    }

    public Long getId() { return id; }
    public Long getConcernId() { return concernId; }
    public String getAgency() { return agency; }
    public String getPractitioner() { return practitioner; }
    public String getRole() { return role; }
    public Status getStatus() { return status; }
    public String getDeclineReason() { return declineReason; }
    public LocalDate getFrom() { return from; }
    public LocalDate getTo() { return to; }
}
