package org.partnerflow.referral;

/** A yes-or-no radio of the referral forms (option values {@code yes} and {@code no}). */
enum YesNo {
    YES, NO
}
