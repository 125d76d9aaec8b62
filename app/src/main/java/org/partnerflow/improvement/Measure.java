package org.partnerflow.improvement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** What success looks like, measurably: a measure with its unit, direction, source, baseline and target. */
@Entity
@Immutable
@Table(name = "improvement_measure")
public class Measure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(nullable = false, length = 40)
    private String unit;
    @Column(name = "higher_is_better", nullable = false)
    private boolean higherIsBetter;
    @Column(name = "data_source", nullable = false, length = 1000)
    private String dataSource;
    @Column(name = "baseline_value", nullable = false, precision = 12, scale = 2)
    private BigDecimal baselineValue;
    @Column(name = "baseline_date", nullable = false)
    private LocalDate baselineDate;
    @Column(name = "target_value", nullable = false, precision = 12, scale = 2)
    private BigDecimal targetValue;
    @Column(name = "target_date", nullable = false)
    private LocalDate targetDate;

    protected Measure() {
    }

    Measure(Long projectId, String name, String unit, boolean higherIsBetter, String dataSource, BigDecimal baselineValue,
            LocalDate baselineDate, BigDecimal targetValue, LocalDate targetDate) {
        this.projectId = projectId;
        this.name = name;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
        this.dataSource = dataSource;
        this.baselineValue = baselineValue;
        this.baselineDate = baselineDate;
        this.targetValue = targetValue;
        this.targetDate = targetDate;
    }

    /** Whether the value reaches the target, in the measure's direction. */
    public boolean meetsTarget(BigDecimal value) {
        int c = value.compareTo(targetValue);
        return higherIsBetter ? c >= 0 : c <= 0;
    }

    public Long getId() { return id; }
    public Long getProjectId() { return projectId; }
    public String getName() { return name; }
    public String getUnit() { return unit; }
    public boolean isHigherIsBetter() { return higherIsBetter; }
    public String getDataSource() { return dataSource; }
    public BigDecimal getBaselineValue() { return baselineValue; }
    public LocalDate getBaselineDate() { return baselineDate; }
    public BigDecimal getTargetValue() { return targetValue; }
    public LocalDate getTargetDate() { return targetDate; }
}
