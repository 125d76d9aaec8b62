package org.partnerflow.referral;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append and read only: a consent record is never changed; a new decision is a new record. */
interface ConsentRecords extends Repository<ConsentRecord, Long> {

    ConsentRecord save(ConsentRecord record);

    List<ConsentRecord> findByConcernIdOrderByRecordedAtAsc(Long concernId);
}
