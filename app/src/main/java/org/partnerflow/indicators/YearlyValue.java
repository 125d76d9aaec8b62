package org.partnerflow.indicators;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** What a critical indicator measured across the region in one school year ("2017-18"). */
@Entity
@Table(name = "critical_indicator_value")
public class YearlyValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "indicator_id", nullable = false, updatable = false)
    private Long indicatorId;
    @Column(name = "school_year", nullable = false, length = 7, updatable = false)
    private String schoolYear;
    @Column(nullable = false, precision = 9, scale = 2)
    private BigDecimal measured;
    @Column(length = 1000)
    private String note;
    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected YearlyValue() {
    }

    YearlyValue(Long indicatorId, String schoolYear) {
        this.indicatorId = indicatorId;
        this.schoolYear = schoolYear;
    }

    void record(BigDecimal measured, String note, String recordedBy, Instant recordedAt) {
        this.measured = measured;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Long getIndicatorId() { return indicatorId; }
    public String getSchoolYear() { return schoolYear; }
    public BigDecimal getMeasured() { return measured; }
    public String getNote() { return note; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
