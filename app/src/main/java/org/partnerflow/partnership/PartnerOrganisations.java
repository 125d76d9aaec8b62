package org.partnerflow.partnership;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface PartnerOrganisations extends Repository<PartnerOrganisation, Long> {

    PartnerOrganisation save(PartnerOrganisation organisation);

    Optional<PartnerOrganisation> findById(Long id);

    Optional<PartnerOrganisation> findByGroupId(String groupId);

    List<PartnerOrganisation> findByIdIn(Collection<Long> ids);

    List<PartnerOrganisation> findAllByOrderByNameAsc();

    boolean existsByNameIgnoreCaseAndLocalAuthorityIgnoreCase(String name, String localAuthority);
}
