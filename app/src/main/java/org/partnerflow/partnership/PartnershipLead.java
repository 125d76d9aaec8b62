package org.partnerflow.partnership;

/** Who leads the partnership: the lead's tasks are assigned to this user ({@code ${partnershipLead}}). */
record PartnershipLead(String partnershipLead) {
}
