package org.partnerflow.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * One correction of a child's details (rectification): what they were, what they became, who changed
 * them, when and why. Never changed after it is written: the history of a child's details is these rows.
 */
@Entity
@Immutable
@Table(name = "child_details_change")
public class ChildDetailsChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "child_id", nullable = false)
    private Long childId;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;
    @Column(nullable = false, length = 1000)
    private String reason;
    @Column(name = "was_given_name", nullable = false, length = 100)
    private String wasGivenName;
    @Column(name = "was_family_name", nullable = false, length = 100)
    private String wasFamilyName;
    @Column(name = "was_date_of_birth", nullable = false)
    private LocalDate wasDateOfBirth;
    @Column(name = "was_school", nullable = false, length = 200)
    private String wasSchool;
    @Column(name = "was_candidate_number", length = 9)
    private String wasCandidateNumber;
    @Column(name = "now_given_name", nullable = false, length = 100)
    private String nowGivenName;
    @Column(name = "now_family_name", nullable = false, length = 100)
    private String nowFamilyName;
    @Column(name = "now_date_of_birth", nullable = false)
    private LocalDate nowDateOfBirth;
    @Column(name = "now_school", nullable = false, length = 200)
    private String nowSchool;
    @Column(name = "now_candidate_number", length = 9)
    private String nowCandidateNumber;

    protected ChildDetailsChange() {
    }

    ChildDetailsChange(Long childId, ChildDetails was, ChildDetails now, Instant changedAt, String changedBy, String reason) {
        this.childId = childId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.reason = reason;
        this.wasGivenName = was.givenName();
        this.wasFamilyName = was.familyName();
        this.wasDateOfBirth = was.dateOfBirth();
        this.wasSchool = was.school();
        this.wasCandidateNumber = was.candidateNumber();
        this.nowGivenName = now.givenName();
        this.nowFamilyName = now.familyName();
        this.nowDateOfBirth = now.dateOfBirth();
        this.nowSchool = now.school();
        this.nowCandidateNumber = now.candidateNumber();
    }

    public Long getId() { return id; }
    public Long getChildId() { return childId; }
    public Instant getChangedAt() { return changedAt; }
    public String getChangedBy() { return changedBy; }
    public String getReason() { return reason; }
    public ChildDetails was() {
        return new ChildDetails(wasGivenName, wasFamilyName, wasDateOfBirth, wasSchool, wasCandidateNumber);
    }
    public ChildDetails now() {
        return new ChildDetails(nowGivenName, nowFamilyName, nowDateOfBirth, nowSchool, nowCandidateNumber);
    }
}
