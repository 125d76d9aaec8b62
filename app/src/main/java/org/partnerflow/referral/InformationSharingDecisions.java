package org.partnerflow.referral;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append and read only: a sharing decision is never changed. */
interface InformationSharingDecisions extends Repository<InformationSharingDecision, Long> {

    InformationSharingDecision save(InformationSharingDecision decision);

    List<InformationSharingDecision> findByConcernIdOrderByDecidedAtAscIdAsc(Long concernId);
}
