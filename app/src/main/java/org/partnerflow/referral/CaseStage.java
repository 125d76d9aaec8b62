package org.partnerflow.referral;

/**
 * Where a wellbeing concern is in the referral. {@code JOINED}: screened and assessed on its own, then
 * joined to the child's open case, which carries it on (see {@link WellbeingConcern#getJoinedCaseId()}).
 * {@code STEPPED_DOWN}: stepped down at review to universal support; open under the Named Person with a
 * lighter review ({@link RecordStepDown}), from which it can step up again.
 */
public enum CaseStage {
    CHILD_PROTECTION, CHILD_PROTECTION_PROCEDURES, ASSESSMENT, SINGLE_AGENCY, MULTI_AGENCY, REVIEW, CLOSED, JOINED, STEPPED_DOWN
}
