package org.partnerflow.referral;

/**
 * Where a wellbeing concern is in the referral. {@code JOINED}: screened and assessed on its own, then
 * joined to the child's open case, which carries it on (see {@link WellbeingConcern#getJoinedCaseId()}).
 */
public enum CaseStage {
    CHILD_PROTECTION, CHILD_PROTECTION_PROCEDURES, ASSESSMENT, SINGLE_AGENCY, MULTI_AGENCY, REVIEW, CLOSED, JOINED
}
