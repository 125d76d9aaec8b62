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

/** A shared programme action: what, who owns it, by when, the indicator it serves, and whether it is done. */
@Entity
@Table(name = "partnership_action")
public class PartnershipAction {

    public enum Status { OPEN, DONE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "partnership_id", nullable = false)
    private Long partnershipId;
    @Column(name = "meeting_id")
    private Long meetingId;
    @Column(nullable = false, length = 1000)
    private String what;
    @Column(nullable = false, length = 200)
    private String owner;
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;
    @Column(length = 200)
    private String indicator;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.OPEN;
    @Column(name = "done_on")
    private LocalDate doneOn;
    @Column(name = "follow_up", length = 4000)
    private String followUp;

    protected PartnershipAction() {
    }

    PartnershipAction(Long partnershipId, Long meetingId, String what, String owner, LocalDate dueOn, String indicator) {
        this.partnershipId = partnershipId;
        this.meetingId = meetingId;
        this.what = what;
        this.owner = owner;
        this.dueOn = dueOn;
        this.indicator = indicator;
    }

    void done(LocalDate on, String note) {
        this.status = Status.DONE;
        this.doneOn = on;
        this.followUp = note;
    }

    public boolean isOverdue(LocalDate today) {
        return status == Status.OPEN && dueOn.isBefore(today);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Long getPartnershipId() { return partnershipId; }
    public Long getMeetingId() { return meetingId; }
    public String getWhat() { return what; }
    public String getOwner() { return owner; }
    public LocalDate getDueOn() { return dueOn; }
    public String getIndicator() { return indicator; }
    public Status getStatus() { return status; }
    public LocalDate getDoneOn() { return doneOn; }
    public String getFollowUp() { return followUp; }
}
