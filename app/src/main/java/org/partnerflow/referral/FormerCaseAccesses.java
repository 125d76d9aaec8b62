package org.partnerflow.referral;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FormerCaseAccesses extends JpaRepository<FormerCaseAccess, Long> {

    /** The person's latest hand-over of the case: it decides until when they read it. */
    Optional<FormerCaseAccess> findFirstByConcernIdAndPersonOrderByIdDesc(Long concernId, String person);
}
