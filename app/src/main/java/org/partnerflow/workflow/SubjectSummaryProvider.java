package org.partnerflow.workflow;

import java.util.Optional;

/**
 * Summarises the subject of one family of processes from its case records. Each feature package
 * (referral, partnership, improvement) contributes one for its processes.
 */
public interface SubjectSummaryProvider {

    boolean summarises(String processDefinitionKey);

    Optional<SubjectSummary> summarise(String processInstanceId);
}
