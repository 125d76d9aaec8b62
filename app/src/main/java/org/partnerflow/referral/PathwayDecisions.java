package org.partnerflow.referral;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append and read only: a pathway decision is never changed; a later decision (after a review) is a new record. */
interface PathwayDecisions extends Repository<PathwayDecision, Long> {

    PathwayDecision save(PathwayDecision decision);

    List<PathwayDecision> findByConcernIdOrderByDecidedAtAscIdAsc(Long concernId);
}
