package org.partnerflow.referral;

import java.time.LocalDate;
import java.util.Set;
import org.partnerflow.workflow.form.AnswersOf;

/** What the person raising a wellbeing concern answered (raise-wellbeing-concern.form). */
@AnswersOf("raise-wellbeing-concern")
record RaiseConcernAnswers(String childGivenName, String childFamilyName, LocalDate childDateOfBirth, String childEstablishment,
                           String childCandidateNumber, LocalDate observedOn, String observation,
                           Set<WellbeingIndicator> indicators, ConcernSource source, YesNo immediateRisk) {

    /** Who raised it, in the form's words; stored as the option value. */
    enum ConcernSource { SCHOOL, HEALTH, POLICE, SOCIAL_WORK, PARENT, SELF, OTHER }

    /** The child as the raiser typed them, at the establishment (by its name) they chose. */
    ChildDetails child(String establishmentName) {
        return new ChildDetails(childGivenName, childFamilyName, childDateOfBirth, establishmentName, childCandidateNumber);
    }

    boolean atImmediateRisk() {
        return immediateRisk == YesNo.YES;
    }
}
