package org.partnerflow.partnership;

/**
 * The partner organisation a step answers for: the multi-instance element's group (or the hand-over's),
 * local to that instance.
 */
record AnsweringOrganisation(String organisationGroup) {
}
