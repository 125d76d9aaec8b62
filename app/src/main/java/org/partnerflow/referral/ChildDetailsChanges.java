package org.partnerflow.referral;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append and read only: a correction of a child's details is never changed or removed. */
interface ChildDetailsChanges extends Repository<ChildDetailsChange, Long> {

    ChildDetailsChange save(ChildDetailsChange change);

    List<ChildDetailsChange> findByChildIdOrderByChangedAtAscIdAsc(Long childId);
}
