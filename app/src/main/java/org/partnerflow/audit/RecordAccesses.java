package org.partnerflow.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Append and read only; {@link AccessLog} is the one writer. */
interface RecordAccesses extends Repository<RecordAccess, Long>, JpaSpecificationExecutor<RecordAccess> {

    RecordAccess save(RecordAccess access);

    List<RecordAccess> findByRecordTypeAndRecordIdOrderByAccessedAtDesc(String recordType, String recordId, PageRequest page);

    List<RecordAccess> findByUserIdOrderByAccessedAtDesc(String userId, PageRequest page);

    /** Per person in the period: different records opened, and refusals. One grouped query. */
    @Query("""
            select new org.partnerflow.audit.AccessLog$PersonActivity(a.userId,
                   count(distinct concat(a.recordType, ':', a.recordId)),
                   sum(case when a.granted = false then 1 else 0 end))
            from RecordAccess a
            where a.accessedAt >= :from and a.accessedAt < :to
            group by a.userId
            having count(distinct concat(a.recordType, ':', a.recordId)) >= :distinctRecords
                or sum(case when a.granted = false then 1 else 0 end) >= :refusals
            order by a.userId""")
    List<AccessLog.PersonActivity> unusual(@Param("from") Instant from, @Param("to") Instant to,
                                           @Param("distinctRecords") long distinctRecords, @Param("refusals") long refusals,
                                           Pageable page);
}
