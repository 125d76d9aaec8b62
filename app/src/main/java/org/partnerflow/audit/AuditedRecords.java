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

    /**
     * Whether the signed-in overseer may read this record's history. Every overseer by default (a
     * partnership's or project's history holds no child); a child's case only its council's managers.
     */
    default boolean mayAudit(AuditSubject subject) {
        return true;
    }

    /**
     * Whether the signed-in overseer may see one process instance's path: true unless the instance is
     * one of this feature's records that they may not audit.
     */
    default boolean mayAuditProcess(String processInstanceId) {
        return true;
    }

    /** The feature's own account of events (a case's chronology), beside the engine's history; none by default. */
    default List<TimelineEvent> recordEvents(AuditSubject subject) {
        return List.of();
    }
}
