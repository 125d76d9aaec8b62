package org.partnerflow.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/** "Record the sharing decision": consent or the reason for sharing without it; decides whether anything may be shared. */
@Component("recordConsent")
class RecordConsent implements JavaDelegate {

    private final ReferralCases cases;
    private final InformationSharing sharing;

    RecordConsent(ReferralCases cases, InformationSharing sharing) {
        this.cases = cases;
        this.sharing = sharing;
    }

    @Override
    public void execute(DelegateExecution e) {
        RecordConsentAnswers answers = Answers.of(e, RecordConsentAnswers.class);
        ConsentRecord consent = sharing.recordConsent(cases.concernOf(e), answers, Actors.of(e));
        Answers.write(e, new Sharing(consent.mayShare()));
    }

    /** Whether anything may leave the Named Person's agency: the sharing route reads it. */
    record Sharing(boolean mayShare) {
    }
}
