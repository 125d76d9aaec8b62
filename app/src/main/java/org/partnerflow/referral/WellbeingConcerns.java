package org.partnerflow.referral;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface WellbeingConcerns extends JpaRepository<WellbeingConcern, Long> {

    Optional<WellbeingConcern> findByProcessInstanceId(String processInstanceId);

    /** How many cases are at the stage (ReferralMetrics). */
    long countByStage(CaseStage stage);

    /** Locks the case's row until the transaction ends (SELECT ... FOR UPDATE). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from WellbeingConcern c where c.id = :id")
    Optional<WellbeingConcern> lockById(@Param("id") Long id);

    @Query("select c from WellbeingConcern c where c.child.id = :childId order by c.raisedAt desc")
    List<WellbeingConcern> findByChildId(@Param("childId") Long childId, Pageable page);

    /** Every concern about the child, oldest first. */
    @Query("select c from WellbeingConcern c where c.child.id = :childId order by c.raisedAt asc, c.id asc")
    List<WellbeingConcern> findAllOfChild(@Param("childId") Long childId);

    /** The concerns that joined the case, in the order they were raised. */
    List<WellbeingConcern> findByJoinedCaseIdOrderByRaisedAtAscIdAsc(Long joinedCaseId);

    @Query("""
            select c from WellbeingConcern c
            where (c.namedPerson = :user or c.leadProfessional = :user or exists (
                      select m.id from TeamMember m where m.concernId = c.id
                         and m.status = org.partnerflow.referral.TeamMember.Status.ACCEPTED
                         and (m.practitionerUserId = :user or (m.practitionerUserId is null and m.practitioner = :user))))
              and c.stage <> org.partnerflow.referral.CaseStage.CLOSED
            order by c.raisedAt desc""")
    List<WellbeingConcern> findCaseload(@Param("user") String user, Pageable page);

    @Query("""
            select c from WellbeingConcern c
            where lower(concat(c.child.givenName, ' ', c.child.familyName)) like concat('%', :text, '%')
               or c.child.candidateNumber = :text
               or lower(concat(c.enteredGivenName, ' ', c.enteredFamilyName)) like concat('%', :text, '%')
               or c.enteredCandidateNumber = :text
            order by c.raisedAt desc""")
    List<WellbeingConcern> findByChildName(@Param("text") String lowerCaseText, Pageable page);
}
