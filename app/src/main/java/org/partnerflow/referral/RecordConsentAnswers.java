package org.partnerflow.referral;

import java.time.LocalDate;
import java.util.List;
import org.partnerflow.workflow.form.AnswersOf;

/**
 * Consent to share, or the reason to share without it (record-consent.form), with what Practice
 * Guidance 4 asks to be recorded: without consent, the lawful basis and whether the child or parent
 * was told (and if not, why); for any decision, their views and any advice sought.
 */
@AnswersOf("record-consent")
record RecordConsentAnswers(YesNo consentGiven, String consentGivenBy, String consentScope, List<PartnerAgency> consentAgencies,
                            LocalDate consentDate, boolean shareWithoutConsent, String reasonWithoutConsent,
                            String scopeWithoutConsent, LawfulBasis lawfulBasis, YesNo familyTold, String notToldReason,
                            List<PartnerAgency> agenciesWithoutConsent, String familyViews, YesNo adviceSought, String adviceFrom,
                            String adviceGiven) {

    boolean given() {
        return consentGiven == YesNo.YES;
    }

    boolean sharesWithoutConsent() {
        return !given() && shareWithoutConsent;
    }

    /** The guidance's notes as answered; the lawful basis of a share with consent is consent, and whoever gave it knows. */
    SharingNotes notes() {
        boolean advised = adviceSought == YesNo.YES;
        if (given()) {
            return new SharingNotes(LawfulBasis.CONSENT, true, null, familyViews, advised ? adviceFrom : null, advised ? adviceGiven : null);
        }
        return new SharingNotes(sharesWithoutConsent() ? lawfulBasis : null, familyTold == null ? null : familyTold == YesNo.YES,
                notToldReason, familyViews, advised ? adviceFrom : null, advised ? adviceGiven : null);
    }
}
