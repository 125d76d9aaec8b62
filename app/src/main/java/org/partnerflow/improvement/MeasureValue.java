package org.partnerflow.improvement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** One value of a measure: when it was measured, in which cycle, any note, and who entered it. */
@Entity
@Immutable
@Table(name = "measure_value")
public class MeasureValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "measure_id", nullable = false)
    private Long measureId;
    @Column(name = "cycle_id")
    private Long cycleId;
    @Column(name = "measured_on", nullable = false)
    private LocalDate measuredOn;
    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal measured;
    @Column(length = 1000)
    private String note;
    @Column(name = "entered_by", length = 64)
    private String enteredBy;
    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    protected MeasureValue() {
    }

    MeasureValue(Long measureId, Long cycleId, LocalDate measuredOn, BigDecimal measured, String note, String enteredBy,
                 Instant enteredAt) {
        this.measureId = measureId;
        this.cycleId = cycleId;
        this.measuredOn = measuredOn;
        this.measured = measured;
        this.note = note;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    public Long getId() { return id; }
    public Long getMeasureId() { return measureId; }
    public Long getCycleId() { return cycleId; }
    public LocalDate getMeasuredOn() { return measuredOn; }
    public BigDecimal getMeasured() { return measured; }
    public String getNote() { return note; }
    public String getEnteredBy() { return enteredBy; }
    public Instant getEnteredAt() { return enteredAt; }
}
