package org.partnerflow.referral;

import java.util.Optional;
import org.springframework.data.repository.Repository;

interface CaseAnonymisations extends Repository<CaseAnonymisation, Long> {

    CaseAnonymisation save(CaseAnonymisation anonymisation);

    Optional<CaseAnonymisation> findByConcernId(Long concernId);
}
