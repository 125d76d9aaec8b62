package org.partnerflow.audit;

import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The one writer of the record access log: every opening of a child's record, and every refusal. */
@Service
public class AccessLog {

    private final RecordAccesses entries;
    private final Clock clock;

    public AccessLog(RecordAccesses entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Written in its own transaction, so a refusal is logged even though the request then fails. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String userId, String recordType, Object recordId, String view, boolean granted) {
        entries.save(new RecordAccess(clock.instant(), userId == null ? "(anonymous)" : userId, recordType,
                String.valueOf(recordId), view, granted));
    }

    public List<RecordAccess> byUser(String userId, int limit) {
        return entries.findByUserIdOrderByAccessedAtDesc(userId, PageRequest.of(0, limit));
    }

    public List<RecordAccess> latestFor(String recordType, Object recordId, int limit) {
        return entries.findByRecordTypeAndRecordIdOrderByAccessedAtDesc(recordType, String.valueOf(recordId), PageRequest.of(0, limit));
    }
}
