package org.partnerflow.partnership;

/** What kind of body a partner organisation is (the partners named in the Empowering partners principles); words in the bundle. */
public enum OrganisationKind {
    SCHOOL, LOCAL_AUTHORITY, PARENT_CARER_BODY, COLLEGE, UNIVERSITY, COMMUNITY_GROUP, THIRD_SECTOR, PUBLIC_SECTOR, BUSINESS
}
