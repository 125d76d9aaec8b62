package org.partnerflow.referral;

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

/**
 * A recorded child that the child of a concern may be: same family name and date of birth, but not
 * settled by a Scottish Candidate Number the raiser typed. Never a join by itself: the Named Person
 * confirms it (the records are joined) or rejects it (different children).
 */
@Entity
@Table(name = "possible_child_match")
public class PossibleChildMatch {

    public enum Status { PENDING, CONFIRMED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "concern_id", nullable = false)
    private Long concernId;
    @Column(name = "candidate_child_id", nullable = false)
    private Long candidateChildId;
    @Column(name = "found_at", nullable = false)
    private Instant foundAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;
    @Column(name = "decided_by", length = 64)
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected PossibleChildMatch() {
    }

    PossibleChildMatch(Long concernId, Long candidateChildId, Instant foundAt) {
        this.concernId = concernId;
        this.candidateChildId = candidateChildId;
        this.foundAt = foundAt;
        this.status = Status.PENDING;
    }

    void decide(Status decision, String by, Instant at) {
        this.status = decision;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public Long getId() { return id; }
    public Long getConcernId() { return concernId; }
    public Long getCandidateChildId() { return candidateChildId; }
    public Instant getFoundAt() { return foundAt; }
    public Status getStatus() { return status; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
}
