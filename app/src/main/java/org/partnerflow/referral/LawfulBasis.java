package org.partnerflow.referral;

/**
 * The lawful basis of a share, as GIRFEC Practice Guidance 4 asks it to be recorded; in words from
 * the bundle ({@code Words.of}). Option values of record-consent.form are the lower-case names.
 */
public enum LawfulBasis {
    CONSENT, LEGAL_DUTY, PUBLIC_TASK, VITAL_INTERESTS, CHILD_PROTECTION
}
