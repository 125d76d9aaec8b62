package org.partnerflow.indicators;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One of the West Partnership's critical indicators (regional improvement plan): its baseline, its
 * target and, in {@link YearlyValue}, what it measured each school year. Reference data that managers
 * keep up to date; partnerships and improvement projects link to the indicators they aim to move by
 * {@link #getCode() code}.
 */
@Entity
@Table(name = "critical_indicator")
public class CriticalIndicator {

    /** Whether a rise is good news (attainment) or bad news (exclusion rates). */
    public enum BetterWhen { HIGHER, LOWER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(nullable = false, unique = true, length = 40, updatable = false)
    private String code;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false, length = 300)
    private String name;
    @Column(nullable = false, length = 40)
    private String unit;
    @Enumerated(EnumType.STRING)
    @Column(name = "better_when", nullable = false, length = 6)
    private BetterWhen betterWhen;
    @Column(precision = 9, scale = 2)
    private BigDecimal baseline;
    @Column(name = "baseline_year", length = 7)
    private String baselineYear;
    @Column(precision = 9, scale = 2)
    private BigDecimal target;
    @Column(name = "target_year", length = 7)
    private String targetYear;
    @Column(name = "updated_by", length = 64)
    private String updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected CriticalIndicator() {
    }

    CriticalIndicator(String code, int position, String name, String unit, BetterWhen betterWhen) {
        this.code = code;
        this.position = position;
        this.name = name;
        this.unit = unit;
        this.betterWhen = betterWhen;
    }

    void describe(String name, String unit, BetterWhen betterWhen) {
        this.name = name;
        this.unit = unit;
        this.betterWhen = betterWhen;
    }

    void baseline(BigDecimal value, String schoolYear) {
        this.baseline = value;
        this.baselineYear = value == null ? null : schoolYear;
    }

    void target(BigDecimal value, String schoolYear) {
        this.target = value;
        this.targetYear = value == null ? null : schoolYear;
    }

    void changedBy(String person, Instant at) {
        this.updatedBy = person;
        this.updatedAt = at;
    }

    /** Whether {@code value} is at or beyond the target, in the direction that counts as better. */
    public boolean meetsTarget(BigDecimal value) {
        if (target == null || value == null) {
            return false;
        }
        int comparison = value.compareTo(target);
        return betterWhen == BetterWhen.HIGHER ? comparison >= 0 : comparison <= 0;
    }

    /** Whether {@code value} has moved from the baseline in the better direction. */
    public boolean improvesOnBaseline(BigDecimal value) {
        if (baseline == null || value == null) {
            return false;
        }
        int comparison = value.compareTo(baseline);
        return betterWhen == BetterWhen.HIGHER ? comparison > 0 : comparison < 0;
    }

    /** "Its name (baseline 71 percent in 2016-17, target 78 percent by 2020-21)", as pages list linked indicators. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        if (baseline != null) {
            parts.add("baseline " + amount(baseline) + " in " + baselineYear);
        }
        if (target != null) {
            parts.add("target " + amount(target) + " by " + targetYear);
        }
        return parts.isEmpty() ? name : name + " (" + String.join(", ", parts) + ")";
    }

    /** A value with this indicator's unit: "81.5 percent", "9.9 per 1000 pupils". */
    public String amount(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString() + " " + unit;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getCode() { return code; }
    public int getPosition() { return position; }
    public String getName() { return name; }
    public String getUnit() { return unit; }
    public BetterWhen getBetterWhen() { return betterWhen; }
    public BigDecimal getBaseline() { return baseline; }
    public String getBaselineYear() { return baselineYear; }
    public BigDecimal getTarget() { return target; }
    public String getTargetYear() { return targetYear; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
}
