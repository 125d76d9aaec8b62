package org.partnerflow.referral;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface ChildsPlanDrafts extends Repository<ChildsPlanDraft, Long> {

    ChildsPlanDraft save(ChildsPlanDraft draft);

    ChildsPlanDraft saveAndFlush(ChildsPlanDraft draft);

    Optional<ChildsPlanDraft> findByConcernId(Long concernId);

    /** The case's draft, locked until the transaction ends (a progress note checks the action's owner against it). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from ChildsPlanDraft d where d.concernId = :concernId")
    Optional<ChildsPlanDraft> findLockedByConcernId(@Param("concernId") Long concernId);

    /** The team memberships whose practitioner is this user (read for {@link PlanOwners} only). */
    @Query("select m.id from TeamMember m where (m.practitionerUserId = :person or (m.practitionerUserId is null and m.practitioner = :person))"
            + " and m.status = org.partnerflow.referral.TeamMember.Status.ACCEPTED")
    List<Long> acceptedMembershipsOf(@Param("person") String person);

    /** The drafts holding an action one of {@code owners} owns that is due before {@code today} and still open. */
    @Query("select distinct d from ChildsPlanDraft d join d.actions a where a.ownerId in :owners and a.dueDate < :today"
            + " and a.status in :open order by d.concernId")
    List<ChildsPlanDraft> withOverdueActionsOf(@Param("owners") List<String> owners, @Param("today") java.time.LocalDate today,
                                              @Param("open") List<PlanAction.Status> open);
}
