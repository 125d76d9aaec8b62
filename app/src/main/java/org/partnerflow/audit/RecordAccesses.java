package org.partnerflow.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
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

    /** Per kind of record in the period: openings and refusals. One grouped query. */
    @Query("""
            select new org.partnerflow.audit.AccessLog$Tally(a.recordType,
                   sum(case when a.granted = true then 1 else 0 end),
                   sum(case when a.granted = false then 1 else 0 end))
            from RecordAccess a
            where a.accessedAt >= :from and a.accessedAt < :to
            group by a.recordType
            order by a.recordType""")
    List<AccessLog.Tally> tallies(@Param("from") Instant from, @Param("to") Instant to);
}
