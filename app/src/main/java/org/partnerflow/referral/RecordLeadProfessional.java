package org.partnerflow.referral;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.identity.People;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/** "Record the Lead Professional": whoever took on the task is the Lead Professional; the agencies to invite. */
@Component("recordLeadProfessional")
class RecordLeadProfessional implements JavaDelegate {

    private final ReferralCases cases;
    private final TeamMembers team;
    private final InformationSharing sharing;
    private final Chronology chronology;
    private final People people;

    RecordLeadProfessional(ReferralCases cases, TeamMembers team, InformationSharing sharing, Chronology chronology, People people) {
        this.cases = cases;
        this.team = team;
        this.sharing = sharing;
        this.chronology = chronology;
        this.people = people;
    }

    @Override
    public void execute(DelegateExecution e) {
        AppointLeadProfessionalAnswers answers = Answers.of(e, AppointLeadProfessionalAnswers.class);
        WellbeingConcern concern = cases.concernOf(e);
        String user = Actors.of(e);
        if (user != null) {
            concern.appointLeadProfessional(user);
            Answers.write(e, new LeadProfessional(user, user));
        }
        List<PartnerAgency> invited = answers.invitedAgencies();
        // A Java list (stored as JSON): the multi-instance invitation runs once per agency.
        Answers.write(e, new Invitations(invited));
        List<String> agencies = invited.stream().map(PartnerAgency::code).toList();
        agencies.forEach(agency -> team.save(new TeamMember(concern.getId(), agency, "Partner agency")));
        // By name, not user id: people read the chronology.
        chronology.record(concern, Kind.LEAD_PROFESSIONAL_APPOINTED, "Lead Professional appointed: " + people.displayName(user)
                + "; agencies invited: " + PartnerAgency.namesOf(agencies), user);
        // Refused like a form error, and the whole completion rolled back, if the consent does not cover an agency.
        sharing.shareWithTeam(concern, "appoint-lead-professional", "invitedAgencies", agencies, user);
    }

    /** Who the team's tasks go to from now on. */
    record LeadProfessional(String leadProfessional, String coordinator) {
    }

    /** The multi-instance invitation's collection: one agency code each. */
    record Invitations(List<PartnerAgency> invitedAgencies) {
    }
}
