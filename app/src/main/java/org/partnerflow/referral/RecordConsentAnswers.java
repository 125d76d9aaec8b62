package org.partnerflow.referral;

import java.time.LocalDate;
import java.util.List;
import org.partnerflow.workflow.form.AnswersOf;

/** Consent to share, or the reason to share without it (record-consent.form). */
@AnswersOf("record-consent")
record RecordConsentAnswers(YesNo consentGiven, String consentGivenBy, String consentScope, List<PartnerAgency> consentAgencies,
                            LocalDate consentDate, boolean shareWithoutConsent, String reasonWithoutConsent,
                            String scopeWithoutConsent, List<PartnerAgency> agenciesWithoutConsent) {

    boolean given() {
        return consentGiven == YesNo.YES;
    }
}
