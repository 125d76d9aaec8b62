package org.partnerflow.partnership;

/** How partnership states read to people, in one place for the summary beside tasks and the pages. */
public final class PartnershipWords {

    private PartnershipWords() {
    }

    public static String status(Partnership.Status status) {
        return switch (status) {
            case PROPOSED -> "Proposed";
            case SETTING_UP -> "Setting up: roles and protocols";
            case ACTIVE -> "Active";
            case CLOSED -> "Closed";
        };
    }

    public static String protocol(Partnership.ProtocolStatus status) {
        return switch (status) {
            case PENDING -> "Not yet agreed by every partner";
            case AGREED -> "Agreed by every partner";
            case NOT_NEEDED -> "Not needed: no personal data is shared";
        };
    }

    public static String member(PartnershipMember m) {
        return switch (m.getStatus()) {
            case INVITED -> "asked, no answer yet";
            case CONFIRMED -> m.getRole() + " (contact " + m.getContact() + ")";
            case DECLINED -> "declined: " + m.getDeclineReason();
            case WITHDRAWN -> "withdrawn";
            case LEFT -> "contact " + m.getContact() + " left on " + m.getTo();
        };
    }
}
