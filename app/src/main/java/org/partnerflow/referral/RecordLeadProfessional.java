package org.partnerflow.referral;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.agency.Agency;
import org.partnerflow.agency.AgencyRegister;
import org.partnerflow.identity.People;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.form.Answers;
import org.partnerflow.workflow.form.FieldErrors;
import org.partnerflow.workflow.form.FormValidationException;
import org.springframework.stereotype.Component;

/**
 * "Record the Lead Professional": whoever took on the task is the Lead Professional; the agencies to
 * invite, real agencies of the child's council, each a member of the team once it accepts.
 */
@Component("recordLeadProfessional")
class RecordLeadProfessional implements JavaDelegate {

    static final String FORM = "appoint-lead-professional";
    static final String FIELD = "invitedAgencies";

    private final ReferralCases cases;
    private final TeamMembers team;
    private final InformationSharing sharing;
    private final Chronology chronology;
    private final People people;
    private final AgencyRegister agencies;

    RecordLeadProfessional(ReferralCases cases, TeamMembers team, InformationSharing sharing, Chronology chronology, People people,
                           AgencyRegister agencies) {
        this.cases = cases;
        this.team = team;
        this.sharing = sharing;
        this.chronology = chronology;
        this.people = people;
        this.agencies = agencies;
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
        if (LegacyInvitations.invitesByKind(e)) {
            inviteByKind(e, concern, answers.invitedAgencies(), user);
            return;
        }
        List<Agency> invited = invitable(concern, answers.invitedAgencies());
        // A Java list (stored as JSON): the multi-instance invitation runs once per agency, offered to its own people.
        Answers.write(e, new Invitations(invited.stream().map(Agency::getCode).toList()));
        invited.forEach(agency -> team.save(new TeamMember(concern.getId(), agency.getKind().code(), agency.getCode(), "Partner agency")));
        // By name, not user id: people read the chronology.
        chronology.record(concern, Kind.LEAD_PROFESSIONAL_APPOINTED, "Lead Professional appointed: " + people.displayName(user)
                + "; agencies invited: " + String.join(", ", invited.stream().map(Agency::getName).toList()), user);
        // Consent is checked against each agency's kind. Refused like a form error, and the whole completion
        // rolled back, if the consent on record does not (or no longer does) cover one of them.
        sharing.shareWithTeam(concern, FORM, FIELD, invited.stream().map(a -> a.getKind().code()).distinct().toList(), user);
    }

    /** A referral begun on the model before agencies were organisations: the kinds chosen, as that model expects. */
    private void inviteByKind(DelegateExecution e, WellbeingConcern concern, List<String> kinds, String user) {
        Answers.write(e, new Invitations(kinds));
        kinds.forEach(kind -> team.save(new TeamMember(concern.getId(), kind, "Partner agency")));
        chronology.record(concern, Kind.LEAD_PROFESSIONAL_APPOINTED, "Lead Professional appointed: " + people.displayName(user)
                + "; agencies invited: " + PartnerAgency.namesOf(kinds), user);
        sharing.shareWithTeam(concern, FORM, FIELD, kinds, user);
    }

    /** The chosen agencies, each open and of the child's council: the form offers only those, and a stale choice is refused in words. */
    private List<Agency> invitable(WellbeingConcern concern, List<String> codes) {
        String council = concern.getChild().getAuthorityCode();
        List<Agency> invited = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            Agency agency = agencies.find(code).orElseThrow(() -> refused("there is no agency " + code));
            if (!agency.getAuthorityCode().equals(council)) {
                throw refused(agency.getName() + " is not an agency of the child's council");
            }
            if (agency.isClosed()) {
                throw refused(agency.getName() + " is closed: choose another agency");
            }
            if (!invited.contains(agency)) {
                invited.add(agency);
            }
        }
        if (invited.isEmpty()) {
            throw refused("choose at least one agency to invite");
        }
        return invited;
    }

    private static FormValidationException refused(String why) {
        return new FormValidationException(FORM, FieldErrors.of(FIELD, why));
    }

    /** Who the team's tasks go to from now on. */
    record LeadProfessional(String leadProfessional, String coordinator) {
    }

    /** The multi-instance invitation's collection: one agency code each. */
    record Invitations(List<String> invitedAgencies) {
    }
}
