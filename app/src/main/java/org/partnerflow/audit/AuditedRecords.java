package org.partnerflow.audit;

import java.util.List;
import java.util.Optional;

/**
 * A feature's records as the audit sees them. Each feature (referral, partnership, improvement)
 * contributes one, so the audit reads every feature's history without depending on any of them.
 */
public interface AuditedRecords {

    /** The subject type this feature answers for, as used in addresses ({@code case}, ...). */
    String type();

    /** The record type its openings and refusals are logged under in the access log ({@code child-case}, ...). */
    String accessRecordType();

    Optional<AuditSubject> find(long id);

    /** The feature's own account of events (a case's chronology), beside the engine's history; none by default. */
    default List<TimelineEvent> recordEvents(AuditSubject subject) {
        return List.of();
    }
}
