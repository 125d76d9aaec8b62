package org.partnerflow.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.partnerflow.agency.AgencyRegister;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/**
 * When an agency's "Respond to the team invitation" is created, and again when someone claims it
 * (someone may have joined the agency meanwhile): that agency's practitioners, one of
 * whom may join, as the form's options, and the invitation's own subject (the child's first name, age
 * band and case number), which the inbox shows instead of the child's full name and date of birth.
 * Local to the task: each agency's invitation has its own.
 */
@Component("offerAgencyPeople")
class OfferAgencyPeople implements TaskListener {

    private final AgencyRegister agencies;
    private final ReferralCases cases;
    private final Clock clock;

    OfferAgencyPeople(AgencyRegister agencies, ReferralCases cases, Clock clock) {
        this.agencies = agencies;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String code = Answers.of(task, RecordAgencyResponse.Invited.class).agency();
        List<Map<String, String>> options = agencies.find(code).map(agencies::practitionerOptions).orElse(List.of());
        Answers.asVariables(new AgencyPeopleOptions(options)).forEach(task::setVariableLocal);
        // Read by TaskSubjects, whose listener runs after the model's: the task's own subject wins over the case's.
        String subject = ReferralSummary.invitationSubject(cases.concernOf(task.getExecution()), LocalDate.now(clock.withZone(Words.ZONE)));
        Answers.asVariables(new InvitationSubject(subject)).forEach(task::setVariableLocal);
    }

    /** The invitation's subject ({@code TaskSubjects.SUBJECT}). */
    record InvitationSubject(String subject) {
    }

    /** The form's {@code valuesKey} for the practitioner who joins. */
    record AgencyPeopleOptions(List<Map<String, String>> agencyPeopleOptions) {
    }
}
