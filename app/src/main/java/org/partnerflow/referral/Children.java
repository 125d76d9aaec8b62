package org.partnerflow.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Children extends JpaRepository<Child, Long> {

    Optional<Child> findByCandidateNumber(String candidateNumber);

    /** Children who may be the same person: same date of birth and family name, whatever the case. */
    @Query("select c from Child c where c.dateOfBirth = :dateOfBirth and lower(c.familyName) = lower(:familyName)")
    List<Child> findPossibleDuplicates(@Param("familyName") String familyName, @Param("dateOfBirth") LocalDate dateOfBirth);
}
