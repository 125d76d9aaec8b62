package org.partnerflow.referral;

/** Where a wellbeing concern is in the referral. */
public enum CaseStage {
    CHILD_PROTECTION, CHILD_PROTECTION_PROCEDURES, ASSESSMENT, SINGLE_AGENCY, MULTI_AGENCY, REVIEW, CLOSED
}
