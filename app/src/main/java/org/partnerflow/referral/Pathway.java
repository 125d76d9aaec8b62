package org.partnerflow.referral;

/** The staged support a concern leads to, as decided by the pathway rules (girfec-pathway.dmn). */
public enum Pathway {
    NO_FURTHER_ACTION, UNIVERSAL, TARGETED_SINGLE_AGENCY, MULTI_AGENCY
}
