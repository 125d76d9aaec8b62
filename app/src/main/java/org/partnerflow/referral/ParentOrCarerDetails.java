package org.partnerflow.referral;

/** What is recorded of a parent or carer: name, relationship, how to contact them, whether they hold parental responsibilities and rights. */
public record ParentOrCarerDetails(String name, ParentOrCarer.Relationship relationship, String contact, Boolean parentalResponsibility) {

    public ParentOrCarerDetails {
        name = name == null ? null : name.strip();
        contact = contact == null || contact.isBlank() ? null : contact.strip();
    }
}
