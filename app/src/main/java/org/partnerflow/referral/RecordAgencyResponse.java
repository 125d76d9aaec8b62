package org.partnerflow.referral;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.form.Answers;
import org.partnerflow.words.Words;
import org.springframework.stereotype.Component;

/** "Record the answer": an invited agency joins the team around the child, or declines with a reason. */
@Component("recordAgencyResponse")
class RecordAgencyResponse implements JavaDelegate {

    private final ReferralCases cases;
    private final TeamMembers team;
    private final Chronology chronology;
    private final Clock clock;

    RecordAgencyResponse(ReferralCases cases, TeamMembers team, Chronology chronology, Clock clock) {
        this.cases = cases;
        this.team = team;
        this.chronology = chronology;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution e) {
        AgencyResponseAnswers answers = Answers.of(e, AgencyResponseAnswers.class);
        PartnerAgency agency = Answers.of(e, Invited.class).agency();
        WellbeingConcern concern = cases.concernOf(e);
        TeamMember member = team.findFirstByConcernIdAndAgencyAndStatus(concern.getId(), agency.code(), TeamMember.Status.INVITED)
                .orElseGet(() -> team.save(new TeamMember(concern.getId(), agency.code(), "Partner agency")));
        if (answers.accepted()) {
            member.accept(answers.agencyPractitioner(), LocalDate.now(clock));
            chronology.record(concern, Kind.AGENCY_JOINED, Words.of(agency) + " joined the team: " + answers.agencyPractitioner(),
                    Actors.of(e));
        } else {
            member.decline(answers.agencyDeclineReason());
            chronology.record(concern, Kind.AGENCY_DECLINED, Words.of(agency) + " declined: " + answers.agencyDeclineReason(),
                    Actors.of(e));
        }
    }

    /** The agency this instance of the multi-instance invitation asks (its element variable). */
    record Invited(PartnerAgency agency) {
    }
}
