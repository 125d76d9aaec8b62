package org.partnerflow.partnership;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface PartnershipEvaluations extends Repository<PartnershipEvaluation, Long> {

    PartnershipEvaluation save(PartnershipEvaluation evaluation);

    List<PartnershipEvaluation> findByPartnershipIdOrderByCycleAsc(Long partnershipId);

    Optional<PartnershipEvaluation> findFirstByPartnershipIdOrderByCycleDesc(Long partnershipId);
}
