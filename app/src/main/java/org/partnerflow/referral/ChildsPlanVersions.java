package org.partnerflow.referral;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append and read only: agreed plan versions are never changed. */
interface ChildsPlanVersions extends Repository<ChildsPlanVersion, Long> {

    ChildsPlanVersion save(ChildsPlanVersion version);

    List<ChildsPlanVersion> findByConcernIdOrderByVersionNumberDesc(Long concernId);
}
