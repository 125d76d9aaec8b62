package org.partnerflow.partnership;

/** What kind of body a partner organisation is (the partners named in the Empowering partners principles). */
public enum OrganisationKind {
    SCHOOL("School or nursery"),
    LOCAL_AUTHORITY("Local authority"),
    PARENT_CARER_BODY("Parent or carer body"),
    COLLEGE("College"),
    UNIVERSITY("University"),
    COMMUNITY_GROUP("Community group"),
    THIRD_SECTOR("Third sector"),
    PUBLIC_SECTOR("Public sector"),
    BUSINESS("Business");

    private final String displayName;

    OrganisationKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
