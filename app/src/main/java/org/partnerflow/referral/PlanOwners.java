package org.partnerflow.referral;

import java.util.ArrayList;
import java.util.List;
import org.partnerflow.agency.Agency;
import org.partnerflow.agency.AgencyRegister;
import org.partnerflow.identity.People;
import org.springframework.stereotype.Component;

/**
 * Who may own a plan action: the case's team as it is now, the one place that reads it for the plan.
 * The Lead Professional and the Named Person are people of Partnerflow ({@code person:<user id>});
 * an accepted agency member is its team membership ({@code member:<id>}), whoever its practitioner
 * is. When team members change shape (a real user or an outside contact), only this class changes.
 */
@Component
class PlanOwners {

    static final String PERSON = "person:";
    static final String MEMBER = "member:";

    private final TeamMembers team;
    private final ChildsPlanDrafts drafts;
    private final People people;
    private final AgencyRegister agencies;

    PlanOwners(TeamMembers team, ChildsPlanDrafts drafts, People people, AgencyRegister agencies) {
        this.agencies = agencies;
        this.team = team;
        this.drafts = drafts;
        this.people = people;
    }

    /** The case's current team as owner choices: Lead Professional, Named Person, then accepted members. */
    List<PlanOwner> teamOf(WellbeingConcern concern) {
        List<PlanOwner> owners = new ArrayList<>();
        if (concern.getLeadProfessional() != null) {
            owners.add(new PlanOwner(PERSON + concern.getLeadProfessional(), people.displayName(concern.getLeadProfessional()),
                    null));
        }
        if (concern.getNamedPerson() != null && !concern.getNamedPerson().equals(concern.getLeadProfessional())) {
            owners.add(new PlanOwner(PERSON + concern.getNamedPerson(), people.displayName(concern.getNamedPerson()), null));
        }
        for (TeamMember m : team.findByConcernIdOrderByIdAsc(concern.getId())) {
            if (m.getStatus() == TeamMember.Status.ACCEPTED && m.getPractitioner() != null) {
                owners.add(new PlanOwner(MEMBER + m.getId(), practitionerName(m), agencyName(m)));
            }
        }
        return owners;
    }

    /** The owner ids that are {@code userId}: as a person, and as each team membership that names them. */
    List<String> idsOf(String userId) {
        List<String> ids = new ArrayList<>();
        ids.add(PERSON + userId);
        drafts.acceptedMembershipsOf(userId).forEach(id -> ids.add(MEMBER + id));
        return ids;
    }

    /** A practitioner who signs in is shown by their full name now; an outside contact (or a legacy free-text one) as named. */
    private String practitionerName(TeamMember m) {
        if (m.getPractitionerUserId() != null) {
            return people.displayName(m.getPractitionerUserId());
        }
        return people.exists(m.getPractitioner()) ? people.displayName(m.getPractitioner()) : m.getPractitioner();
    }

    /** The agency as registered; a membership from before the register has only its kind. */
    private String agencyName(TeamMember m) {
        return m.getAgencyCode() == null ? PartnerAgency.nameOf(m.getAgency())
                : agencies.find(m.getAgencyCode()).map(Agency::getName).orElse(PartnerAgency.nameOf(m.getAgency()));
    }
}
