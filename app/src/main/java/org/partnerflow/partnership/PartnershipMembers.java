package org.partnerflow.partnership;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface PartnershipMembers extends Repository<PartnershipMember, Long> {

    PartnershipMember save(PartnershipMember member);

    List<PartnershipMember> findByPartnershipIdOrderByIdAsc(Long partnershipId);

    List<PartnershipMember> findByOrganisationIdOrderByIdAsc(Long organisationId);

    /** The organisation's current row in the partnership (not the ended ones of earlier contacts). */
    Optional<PartnershipMember> findFirstByPartnershipIdAndOrganisationIdAndStatusNotOrderByIdDesc(Long partnershipId,
                                                                                                     Long organisationId,
                                                                                                     PartnershipMember.Status notStatus);
}
