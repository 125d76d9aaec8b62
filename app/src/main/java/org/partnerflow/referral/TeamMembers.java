package org.partnerflow.referral;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TeamMembers extends JpaRepository<TeamMember, Long> {

    List<TeamMember> findByConcernIdOrderByIdAsc(Long concernId);

    Optional<TeamMember> findFirstByConcernIdAndAgencyAndStatus(Long concernId, String agency, TeamMember.Status status);

    Optional<TeamMember> findFirstByConcernIdAndAgencyCodeAndStatus(Long concernId, String agencyCode, TeamMember.Status status);

    List<TeamMember> findByConcernIdAndStatus(Long concernId, TeamMember.Status status);
}
