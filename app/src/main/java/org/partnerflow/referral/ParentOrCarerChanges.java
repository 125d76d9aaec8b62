package org.partnerflow.referral;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append and read only: the history of the child's parents and carers. */
interface ParentOrCarerChanges extends Repository<ParentOrCarerChange, Long> {

    ParentOrCarerChange save(ParentOrCarerChange change);

    @org.springframework.data.jpa.repository.Query("""
            select c from ParentOrCarerChange c where c.parentOrCarerId in
              (select p.id from ParentOrCarer p where p.childId = :childId) order by c.changedAt asc, c.id asc""")
    List<ParentOrCarerChange> findByChildId(@org.springframework.data.repository.query.Param("childId") Long childId);
}
