package org.partnerflow.referral;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append and read only. */
interface PlanActionNotes extends Repository<PlanActionNote, Long> {

    PlanActionNote save(PlanActionNote note);

    List<PlanActionNote> findByConcernIdOrderByNotedAtAscIdAsc(Long concernId);
}
