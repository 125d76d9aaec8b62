package org.partnerflow.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the access log flags a person's access as unusual, and how long closed cases are kept before
 * they are put forward for anonymisation ({@code partnerflow.audit.*}). Local policy, set per
 * installation.
 *
 * @param unusualDistinctRecords flag a person who opened this many different records in the period looked at
 * @param unusualRefusals        flag a person refused this many times in the period (trying records they are not on)
 * @param closedCaseRetention    a closed case is put forward for anonymisation this long after closing (ISO 8601 period)
 */
@ConfigurationProperties("partnerflow.audit")
public record AuditSettings(Integer unusualDistinctRecords, Integer unusualRefusals, String closedCaseRetention) {

    public AuditSettings {
        unusualDistinctRecords = unusualDistinctRecords == null ? 20 : unusualDistinctRecords;
        unusualRefusals = unusualRefusals == null ? 3 : unusualRefusals;
        closedCaseRetention = closedCaseRetention == null ? "P6Y" : closedCaseRetention;
    }
}
