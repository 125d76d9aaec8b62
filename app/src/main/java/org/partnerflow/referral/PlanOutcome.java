package org.partnerflow.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;

/** The intended outcome of a Child's Plan for one wellbeing indicator: its words, and whether it was met and when. */
@Embeddable
public class PlanOutcome {

    public enum Status { OPEN, MET }

    @Column(name = "outcome", nullable = false, length = 2000)
    private String text;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.OPEN;
    @Column(name = "met_on")
    private LocalDate metOn;

    protected PlanOutcome() {
    }

    PlanOutcome(String text, Status status, LocalDate metOn) {
        this.text = text;
        this.status = status;
        this.metOn = metOn;
    }

    static PlanOutcome open(String text) {
        return new PlanOutcome(text, Status.OPEN, null);
    }

    PlanOutcome reworded(String newText) {
        return new PlanOutcome(newText, status, metOn);
    }

    PlanOutcome met(LocalDate on) {
        return new PlanOutcome(text, Status.MET, on);
    }

    public String getText() { return text; }
    public Status getStatus() { return status; }
    public LocalDate getMetOn() { return metOn; }
    public boolean isMet() { return status == Status.MET; }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanOutcome other && text.equals(other.text) && status == other.status && Objects.equals(metOn, other.metOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, status, metOn);
    }
}
