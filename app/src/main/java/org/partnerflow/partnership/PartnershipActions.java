package org.partnerflow.partnership;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface PartnershipActions extends Repository<PartnershipAction, Long> {

    PartnershipAction save(PartnershipAction action);

    Optional<PartnershipAction> findById(Long id);

    List<PartnershipAction> findByPartnershipIdOrderByDueOnAscIdAsc(Long partnershipId);
}
