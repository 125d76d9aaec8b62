package org.partnerflow.partnership;

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
import java.util.function.UnaryOperator;
import org.partnerflow.words.Words;

/**
 * An organisation's place in a partnership: its role and responsibilities and its contact, from and
 * to. When a contact leaves, this row ends and a new one starts for the successor, so the
 * partnership keeps its contact history.
 */
@Entity
@Table(name = "partnership_member")
public class PartnershipMember {

    public enum Status { INVITED, CONFIRMED, DECLINED, WITHDRAWN, LEFT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "partnership_id", nullable = false)
    private Long partnershipId;
    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.INVITED;
    @Column(length = 200)
    private String role;
    @Column(length = 4000)
    private String responsibilities;
    @Column(length = 64)
    private String contact;
    @Column(name = "decline_reason", length = 4000)
    private String declineReason;
    @Column(name = "from_date")
    private LocalDate from;
    @Column(name = "to_date")
    private LocalDate to;

    protected PartnershipMember() {
    }

    PartnershipMember(Long partnershipId, Long organisationId) {
        this.partnershipId = partnershipId;
        this.organisationId = organisationId;
    }

    void confirm(String role, String responsibilities, String contact, LocalDate from) {
        this.status = Status.CONFIRMED;
        this.role = role;
        this.responsibilities = responsibilities;
        this.contact = contact;
        this.from = from;
        this.declineReason = null;
    }

    void decline(String reason) {
        this.status = Status.DECLINED;
        this.declineReason = reason;
    }

    void reinvite() {
        this.status = Status.INVITED;
    }

    void withdraw(LocalDate on) {
        this.status = Status.WITHDRAWN;
        this.to = on;
    }

    /** The contact leaves: this row ends, and the successor's row carries the role on. */
    PartnershipMember handOverTo(String successor, LocalDate on) {
        this.status = Status.LEFT;
        this.to = on;
        PartnershipMember next = new PartnershipMember(partnershipId, organisationId);
        next.confirm(role, responsibilities, successor, on);
        return next;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Long getPartnershipId() { return partnershipId; }
    public Long getOrganisationId() { return organisationId; }
    public Status getStatus() { return status; }
    public String getRole() { return role; }
    public String getResponsibilities() { return responsibilities; }
    public String getContact() { return contact; }
    public String getDeclineReason() { return declineReason; }

    /** Where this member stands, in words from the bundle; {@code names} turns the contact's user id into a name. */
    public String standing(UnaryOperator<String> names) {
        return Words.text("partnershipMember." + status.name(), nullToEmpty(role), names.apply(contact), nullToEmpty(declineReason),
                Words.date(to));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
    public LocalDate getFrom() { return from; }
    public LocalDate getTo() { return to; }
}
