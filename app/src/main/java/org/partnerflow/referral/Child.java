package org.partnerflow.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A child or young person that concerns are raised about. */
@Entity
@Table(name = "child")
public class Child {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "given_name", nullable = false, length = 100)
    private String givenName;
    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;
    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;
    @Column(nullable = false, length = 200)
    private String school;
    /** Scottish Candidate Number: nine digits, when known. */
    @Column(name = "candidate_number", length = 9)
    private String candidateNumber;
    /** The establishment the record belongs to (its Named Persons are the child's), by code. */
    @Column(name = "establishment_code", length = 60)
    private String establishmentCode;
    /** The council responsible for the record. */
    @Column(name = "authority_code", length = 40)
    private String authorityCode;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", length = 64)
    private String createdBy;

    protected Child() {
    }

    public Child(String givenName, String familyName, LocalDate dateOfBirth, String school, String candidateNumber,
                 String establishmentCode, String authorityCode, Instant createdAt, String createdBy) {
        this.establishmentCode = establishmentCode;
        this.authorityCode = authorityCode;
        this.givenName = givenName;
        this.familyName = familyName;
        this.dateOfBirth = dateOfBirth;
        this.school = school;
        this.candidateNumber = candidateNumber == null || candidateNumber.isBlank() ? null : candidateNumber;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** The child moved school or council (a change of Named Person, a transfer): the record belongs to the new establishment. */
    void moveTo(String establishmentCode, String authorityCode, String school) {
        this.establishmentCode = establishmentCode;
        this.authorityCode = authorityCode;
        this.school = school;
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    /** The record's details. */
    public ChildDetails details() {
        return new ChildDetails(givenName, familyName, dateOfBirth, school, candidateNumber);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getGivenName() { return givenName; }
    public String getFamilyName() { return familyName; }
    public LocalDate getDateOfBirth() { return dateOfBirth; }
    public String getSchool() { return school; }
    public String getCandidateNumber() { return candidateNumber; }
    public String getEstablishmentCode() { return establishmentCode; }
    public String getAuthorityCode() { return authorityCode; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }

    /**
     * Corrects the child's details (rectification): the caller ({@code ChildRecord}) checks who may,
     * keeps what they were and why, and states the version the editor read.
     */
    void rectify(ChildDetails corrected) {
        this.givenName = corrected.givenName();
        this.familyName = corrected.familyName();
        this.dateOfBirth = corrected.dateOfBirth();
        this.school = corrected.school();
        this.candidateNumber = corrected.candidateNumber();
    }
}
