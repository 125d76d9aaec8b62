package org.partnerflow.audit;

/**
 * A record whose history managers audit: a child's case, a partnership or an improvement project.
 *
 * @param type              what kind of record ({@code case}, {@code partnership}, {@code project})
 * @param processInstanceId the engine's process instance that drives it (its history is the timeline's backbone)
 * @param accessRecordType  the record type its openings are logged under in the access log
 */
public record AuditSubject(String type, long id, String title, String processInstanceId, String accessRecordType) {
}
