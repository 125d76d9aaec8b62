package org.partnerflow.audit;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.repository.Repository;

/** Append and read only; {@link AccessLog} is the one writer. */
interface RecordAccesses extends Repository<RecordAccess, Long> {

    RecordAccess save(RecordAccess access);

    List<RecordAccess> findByRecordTypeAndRecordIdOrderByAccessedAtDesc(String recordType, String recordId, PageRequest page);

    List<RecordAccess> findByUserIdOrderByAccessedAtDesc(String userId, PageRequest page);
}
