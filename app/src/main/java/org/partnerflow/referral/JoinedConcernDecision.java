package org.partnerflow.referral;

/** What a new concern that joined the case changes, as the case's coordinator decides (consider-joined-concern.form). */
enum JoinedConcernDecision {
    NOTE_FOR_REVIEW, BRING_REVIEW_FORWARD, NO_CHANGE
}
