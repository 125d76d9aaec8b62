package org.partnerflow.establishment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One of a council's own days off, or a run of them: a local holiday or a school holiday period, from
 * its first day to its last (the same day for a single day). Versioned: two managers changing it at
 * once are told, not overwritten.
 */
@Entity
@Table(name = "authority_holiday")
public class AuthorityHoliday {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "authority_code", nullable = false, length = 40, updatable = false)
    private String authorityCode;
    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;
    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;
    @Column(nullable = false, length = 100)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private HolidayKind kind;
    @Column(name = "updated_by", length = 64)
    private String updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected AuthorityHoliday() {
    }

    AuthorityHoliday(String authorityCode, LocalDate firstDay, LocalDate lastDay, String name, HolidayKind kind, String by, Instant at) {
        this.authorityCode = authorityCode;
        change(firstDay, lastDay, name, kind, by, at);
    }

    void change(LocalDate firstDay, LocalDate lastDay, String name, HolidayKind kind, String by, Instant at) {
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.name = name;
        this.kind = kind;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Whether the day falls in this period, its first and last day included. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getAuthorityCode() { return authorityCode; }
    public LocalDate getFirstDay() { return firstDay; }
    public LocalDate getLastDay() { return lastDay; }
    public String getName() { return name; }
    public HolidayKind getKind() { return kind; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
}
