package org.partnerflow.referral;

import java.time.LocalDate;

/**
 * Who a child is, as one person should be shown it: either the child's record or what the raiser of
 * a concern typed (see {@link CaseAccess#childAsSeen}).
 */
public record ChildDetails(String givenName, String familyName, LocalDate dateOfBirth, String school, String candidateNumber) {

    public ChildDetails {
        candidateNumber = candidateNumber == null || candidateNumber.isBlank() ? null : candidateNumber;
    }

    public String fullName() {
        return givenName + " " + familyName;
    }
}
