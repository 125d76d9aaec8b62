package org.partnerflow.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.partnerflow.words.Words;

/**
 * One action of a Child's Plan: what, its named owner (a member of the team around the child) and
 * agency, its due date and how it stands. {@code ref} stays the same across versions, so the next
 * version can say what changed. Actions agreed before owners and due dates were structured keep
 * their written "who" and "by when" ({@link #getByWhen}).
 */
@Embeddable
public class PlanAction {

    public enum Status {
        NOT_STARTED, IN_PROGRESS, DONE, NOT_DONE, NO_LONGER_NEEDED;

        /** Still to be done: can be overdue. */
        public boolean isOpen() {
            return OPEN.contains(this);
        }

        private static final Set<Status> OPEN = EnumSet.of(NOT_STARTED, IN_PROGRESS);
    }

    @Column(name = "action_ref", nullable = false, length = 40)
    private String ref;
    @Column(nullable = false, length = 1000)
    private String what;
    /* the owner's full name as the plan was written */
    @Column(length = 200)
    private String who;
    /* the owner as a team choice (PlanOwners), null for actions written before owners were chosen */
    @Column(name = "owner_id", length = 80)
    private String ownerId;
    @Column(length = 200)
    private String agency;
    /* as written before due dates were dates; kept, never written now */
    @Column(name = "by_when", length = 40)
    private String byWhen;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.NOT_STARTED;

    protected PlanAction() {
    }

    /** An action as a line of the plan form gave it: its due date read from "by when" where it is a date. */
    public PlanAction(String what, String who, String agency, String byWhen) {
        this(UUID.randomUUID().toString(), what, who, null, agency, readDate(byWhen), Status.NOT_STARTED);
        this.byWhen = dueDate == null ? byWhen : null;
    }

    PlanAction(String ref, String what, String who, String ownerId, String agency, LocalDate dueDate, Status status) {
        this.ref = ref;
        this.what = what;
        this.who = who;
        this.ownerId = ownerId;
        this.agency = agency;
        this.dueDate = dueDate;
        this.status = status;
    }

    /** Reads a line written as "what; who; agency; by when" (later parts may be left out). */
    static PlanAction parse(String line) {
        String[] parts = line.split(";", 4);
        return new PlanAction(parts[0].strip(), part(parts, 1), part(parts, 2), part(parts, 3));
    }

    private static String part(String[] parts, int i) {
        return parts.length > i && !parts[i].isBlank() ? parts[i].strip() : null;
    }

    private static LocalDate readDate(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        try {
            return Words.readDate(written);
        } catch (java.time.format.DateTimeParseException notADate) {
            return null;
        }
    }

    /** The same action as changed in the plan editor; an old written "by when" gives way to a real due date. */
    PlanAction changed(String newWhat, String newWho, String newOwnerId, String newAgency, LocalDate newDue, Status newStatus) {
        PlanAction changed = new PlanAction(ref, newWhat, newWho, newOwnerId, newAgency, newDue, newStatus);
        changed.byWhen = newDue == null ? byWhen : null;
        return changed;
    }

    /** A copy for a draft: a legacy "by when" the database could not read as a date is read once more here. */
    PlanAction copy() {
        PlanAction copy = new PlanAction(ref, what, who, ownerId, agency, dueDate != null ? dueDate : readDate(byWhen), status);
        copy.byWhen = copy.dueDate == null ? byWhen : null;
        return copy;
    }

    /** The same action owned by a team member whose full name its "who" gives, as the plan form wrote it. */
    PlanAction ownedBy(java.util.List<PlanOwner> team) {
        return who == null ? this : team.stream().filter(o -> o.fullName().equalsIgnoreCase(who)).findFirst()
                .map(o -> changed(what, o.fullName(), o.id(), agency != null ? agency : o.agency(), dueDate, status)).orElse(this);
    }

    /** Open and due before {@code today}. */
    public boolean isOverdueOn(LocalDate today) {
        return status.isOpen() && dueDate != null && dueDate.isBefore(today);
    }

    public String getRef() { return ref; }
    public String getWhat() { return what; }
    public String getWho() { return who; }
    public String getOwnerId() { return ownerId; }
    public String getAgency() { return agency; }
    /** By when, as text: the due date (ISO, which {@code Words.date(String)} shows in words), else what was written. */
    public String getByWhen() { return dueDate != null ? dueDate.toString() : byWhen; }
    public LocalDate getDueDate() { return dueDate; }
    public Status getStatus() { return status; }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanAction a && ref.equals(a.ref) && what.equals(a.what) && Objects.equals(who, a.who)
                && Objects.equals(ownerId, a.ownerId) && Objects.equals(agency, a.agency) && Objects.equals(byWhen, a.byWhen)
                && Objects.equals(dueDate, a.dueDate) && status == a.status;
    }

    @Override
    public int hashCode() {
        return Objects.hash(ref, what, who, ownerId, agency, byWhen, dueDate, status);
    }
}
