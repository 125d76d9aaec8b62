package org.partnerflow.referral;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.agency.Agency;
import org.partnerflow.agency.AgencyRegister;
import org.partnerflow.identity.People;
import org.partnerflow.identity.Permissions;
import org.partnerflow.referral.AgencyResponseAnswers.Joining;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.form.Answers;
import org.partnerflow.workflow.form.FieldErrors;
import org.partnerflow.workflow.form.FormValidationException;
import org.springframework.stereotype.Component;

/**
 * "Record the answer": an invited agency joins the team around the child, with the practitioner who
 * joins (one of its people, who then sees the case, or a named contact outside Partnerflow), or
 * declines with a reason. Only the agency's own practitioners answer for it, whichever door they use.
 */
@Component("recordAgencyResponse")
class RecordAgencyResponse implements JavaDelegate {

    static final String FORM = "agency-response";

    private final ReferralCases cases;
    private final TeamMembers team;
    private final Chronology chronology;
    private final AgencyRegister agencies;
    private final Permissions permissions;
    private final People people;
    private final InformationSharing sharing;
    private final Clock clock;

    RecordAgencyResponse(ReferralCases cases, TeamMembers team, Chronology chronology, AgencyRegister agencies, Permissions permissions,
                         People people, InformationSharing sharing, Clock clock) {
        this.sharing = sharing;
        this.cases = cases;
        this.team = team;
        this.chronology = chronology;
        this.agencies = agencies;
        this.permissions = permissions;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution e) {
        AgencyResponseAnswers answers = Answers.of(e, AgencyResponseAnswers.class);
        String code = Answers.of(e, Invited.class).agency();
        if (LegacyInvitations.invitesByKind(e)) {
            recordByKind(e, code, answers);
            return;
        }
        Agency agency = agencies.find(code).orElseThrow(() -> new IllegalStateException("No agency " + code + " for this invitation"));
        String actor = Actors.of(e);
        // The task is offered to the agency's group only; this holds too for someone who left the agency after claiming it.
        if (!permissions.mayAnswerForAgency(agency.practitionerGroup(), actor)) {
            throw new AuthorizationException("Only the practitioners of " + agency.getName() + " can answer its invitation.");
        }
        WellbeingConcern concern = cases.concernOf(e);
        TeamMember member = team.findFirstByConcernIdAndAgencyCodeAndStatus(concern.getId(), agency.getCode(), TeamMember.Status.INVITED)
                .orElseGet(() -> team.save(new TeamMember(concern.getId(), agency.getKind().code(), agency.getCode(), "Partner agency")));
        LocalDate today = LocalDate.now(clock);
        if (!answers.accepted()) {
            member.decline(answers.agencyDeclineReason(), actor);
            chronology.record(concern, Kind.AGENCY_DECLINED, agency.getName() + " declined: " + answers.agencyDeclineReason(), actor);
            // On this invitation's own scope: another agency's decline must not change what this cover task shows.
            Answers.writeLocal(e, AgencyDeclinedAnswers.toCover(agency.getName(), answers.agencyDeclineReason()));
            return;
        }
        // Consent may have been withdrawn for this agency since it was invited: it cannot join on it.
        InformationSharing.Coverage coverage = sharing.coverage(concern, agency.getKind().code());
        if (!coverage.covered()) {
            throw new FormValidationException(FORM, FieldErrors.of("agencyDecision",
                    "this invitation can no longer be accepted: " + coverage.why() + ". Decline it, saying so."));
        }
        if (answers.joining() == Joining.AGENCY_PRACTITIONER) {
            String joining = answers.practitionerJoining();
            if (!agencies.isPractitionerOf(agency, joining)) {
                throw new FormValidationException(FORM, FieldErrors.of("practitionerJoining",
                        "choose one of " + agency.getName() + "'s practitioners: this person is not (or no longer) one of them"));
            }
            String name = people.displayName(joining);
            member.acceptPractitioner(joining, name, today, actor);
            chronology.record(concern, Kind.AGENCY_JOINED, agency.getName() + " joined the team: " + name, actor);
        } else {
            member.acceptContact(answers.outsideContactName(), answers.outsideContactDetails(), today, actor);
            chronology.record(concern, Kind.AGENCY_JOINED, agency.getName() + " joined the team: " + answers.outsideContactName()
                    + " (works outside Partnerflow; contact: " + answers.outsideContactDetails() + ")", actor);
        }
    }

    /** An invitation by kind, on the model before agencies were organisations: the answer as that model's form gave it. */
    private void recordByKind(DelegateExecution e, String kind, AgencyResponseAnswers answers) {
        WellbeingConcern concern = cases.concernOf(e);
        String actor = Actors.of(e);
        TeamMember member = team.findFirstByConcernIdAndAgencyAndStatus(concern.getId(), kind, TeamMember.Status.INVITED)
                .orElseGet(() -> team.save(new TeamMember(concern.getId(), kind, "Partner agency")));
        if (answers.accepted()) {
            String practitioner = Answers.of(e, LegacyInvitations.Answer.class).agencyPractitioner();
            member.accept(practitioner, LocalDate.now(clock));
            chronology.record(concern, Kind.AGENCY_JOINED, PartnerAgency.nameOf(kind) + " joined the team: " + practitioner, actor);
        } else {
            member.decline(answers.agencyDeclineReason(), actor);
            chronology.record(concern, Kind.AGENCY_DECLINED, PartnerAgency.nameOf(kind) + " declined: " + answers.agencyDeclineReason(), actor);
            Answers.writeLocal(e, AgencyDeclinedAnswers.toCover(PartnerAgency.nameOf(kind), answers.agencyDeclineReason()));
        }
    }

    /** The agency this instance of the multi-instance invitation asks (its element variable): its code. */
    record Invited(String agency) {
    }
}
