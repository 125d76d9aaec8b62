package org.partnerflow.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.agency.Agency;
import org.partnerflow.identity.People;
import org.partnerflow.identity.Role;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.testsupport.EngineRestCalls;
import org.partnerflow.testsupport.TestReferrals;
import org.partnerflow.workflow.SubjectSummary;
import org.partnerflow.workflow.form.FormValidationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Agencies answer for themselves (issue 18, item 1): an invitation goes to the invited agency's own
 * practitioners only; one of them accepts, naming who joins, or declines with a reason; only the
 * practitioner who joined and the agency's managers open the case, never someone merely invited; the
 * consent on record is checked against each agency's kind.
 */
class AgencyInvitationsTest extends PartnerflowSpringTest {

    static final String HEALTH_VISITING = TestReferrals.HEALTH_VISITING;
    static final String POLICE = TestReferrals.POLICE;

    @LocalServerPort
    int port;
    @Autowired
    TestReferrals referrals;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    CaseAccess access;
    @Autowired
    TeamMembers team;
    @Autowired
    Chronology chronology;
    @Autowired
    ReferralSummary summaries;
    @Autowired
    People identity;
    @Autowired
    InformationSharing sharing;

    /** A multi-agency case whose consent covers health, police and social work, waiting for its Lead Professional. */
    private ProcessInstance toLeadProfessional(String family, List<String> consentAgencies) {
        String np = people.ensure(Role.NAMED_PERSON);
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), "Ailsa", family + System.nanoTime(),
                "Eastfield Primary", null, "no");
        referrals.work(referral, "Activity_NamedPersonAssessment", np, TestReferrals.assessment("Healthy", 2L, true));
        referrals.work(referral, "Activity_ConfirmPathway", np, Map.of("pathwayChoice", "accept"));
        referrals.work(referral, "Activity_RecordConsent", np, Map.of("consentGiven", "yes", "consentGivenBy", "Mother",
                "consentScope", "Attendance, health and family support", "consentAgencies", consentAgencies, "consentDate", "2026-11-20"));
        return referral;
    }

    private ProcessInstance invited(String family, String... agencies) {
        ProcessInstance referral = toLeadProfessional(family, List.of("health", "police", "social-work"));
        referrals.work(referral, "Activity_AppointLeadProfessional", people.ensure(Role.LEAD_PROFESSIONAL),
                Map.of("invitedAgencies", List.of(agencies), "invitationNote", "Breakfast and sleep: can health visiting help?"));
        return referral;
    }

    private Task invitationOf(ProcessInstance referral, String agency) {
        return taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey("Activity_AgencyResponse")
                .taskCandidateGroup(Agency.practitionerGroupOf(agency)).singleResult();
    }

    private WellbeingConcern concernOf(ProcessInstance referral) {
        return concerns.findByProcessInstanceId(referral.getId()).orElseThrow();
    }

    private boolean mayOpen(String user, WellbeingConcern concern) {
        people.signInAs(user);
        try {
            access.open(concern.getId(), "case");
            return true;
        } catch (NoAccessException refused) {
            return false;
        } finally {
            people.signOut();
        }
    }

    @Test
    void theLeadProfessionalIsOfferedTheChildsCouncilsAgenciesOnly() {
        ProcessInstance referral = toLeadProfessional("Offered", List.of("health"));
        Task appoint = taskService.createTaskQuery().processInstanceId(referral.getId())
                .taskDefinitionKey("Activity_AppointLeadProfessional").singleResult();
        @SuppressWarnings("unchecked")
        List<Map<String, String>> options = (List<Map<String, String>>) taskService.getVariable(appoint.getId(), "agencyOptions");

        assertThat(options).extracting(o -> o.get("value")).contains(HEALTH_VISITING, POLICE, "includem-glasgow")
                .doesNotContain("police-scotland-k-division", "includem-renfrewshire");
        assertThatThrownBy(() -> referrals.work(referral, "Activity_AppointLeadProfessional", people.ensure(Role.LEAD_PROFESSIONAL),
                Map.of("invitedAgencies", List.of("includem-renfrewshire"))))
                .as("another council's agency is not one of the form's options").isInstanceOf(FormValidationException.class);
    }

    @Test
    void eachInvitedAgencyIsAskedOnItsOwnAndOnlyItsPeopleAreOfferedIt() {
        String healthVisitor = referrals.agencyPractitioner(HEALTH_VISITING);
        String officer = referrals.agencyPractitioner(POLICE);
        ProcessInstance referral = invited("PerAgency", HEALTH_VISITING, POLICE);

        for (String agency : List.of(HEALTH_VISITING, POLICE)) {
            assertThat(taskService.getIdentityLinksForTask(invitationOf(referral, agency).getId()))
                    .extracting(IdentityLink::getGroupId).containsExactly(Agency.practitionerGroupOf(agency));
        }
        assertThat(taskService.createTaskQuery().processInstanceId(referral.getId()).taskCandidateUser(officer).list())
                .extracting(Task::getId).containsExactly(invitationOf(referral, POLICE).getId());
        assertThat(taskService.createTaskQuery().processInstanceId(referral.getId()).taskCandidateUser(people.ensure(Role.PARTNER_AGENCY))
                .list()).as("the partner-agency role alone is offered no invitation").isEmpty();
        assertThat(team.findByConcernIdOrderByIdAsc(concernOf(referral).getId()))
                .extracting(TeamMember::getAgencyCode, TeamMember::getAgency, TeamMember::getStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(HEALTH_VISITING, "health", TeamMember.Status.INVITED),
                        org.assertj.core.groups.Tuple.tuple(POLICE, "police", TeamMember.Status.INVITED));
        @SuppressWarnings("unchecked")
        List<Map<String, String>> joinable = (List<Map<String, String>>) taskService.getVariable(invitationOf(referral, HEALTH_VISITING).getId(),
                "agencyPeopleOptions");
        assertThat(joinable).extracting(o -> o.get("value")).contains(healthVisitor).doesNotContain(officer);
    }

    @Test
    void aPoliceOfficerCannotAnswerHealthsInvitationThroughAnyDoor() throws Exception {
        ProcessInstance referral = invited("WrongAgency", HEALTH_VISITING, POLICE);
        String officer = referrals.agencyPractitioner(POLICE);
        Task health = invitationOf(referral, HEALTH_VISITING);

        people.signInAs(officer);
        assertThatThrownBy(() -> completion.complete(health.getId(), TestReferrals.joins(officer)))
                .isInstanceOf(AuthorizationException.class).hasMessageContaining("is not offered to " + officer);
        assertThatThrownBy(() -> taskService.claim(health.getId(), officer)).isInstanceOf(AuthorizationException.class);
        people.signOut();
        HttpResponse<String> rest = EngineRestCalls.send(port, officer, "POST", "/engine-rest/task/" + health.getId() + "/complete",
                "{\"variables\":{\"agencyDecision\":{\"value\":\"decline\"},\"agencyDeclineReason\":{\"value\":\"Not for health to do\"}}}");
        assertThat(rest.statusCode()).as(rest.body()).isBetween(400, 499);

        assertThat(invitationOf(referral, HEALTH_VISITING)).as("still waiting for health").isNotNull();
        assertThat(team.findByConcernIdOrderByIdAsc(concernOf(referral).getId())).allSatisfy(m ->
                assertThat(m.getStatus()).isEqualTo(TeamMember.Status.INVITED));
    }

    @Test
    void someoneWhoLeftTheAgencyAfterClaimingItsInvitationCannotAnswerIt() {
        ProcessInstance referral = invited("Left", HEALTH_VISITING);
        String leaver = people.ensureIn("test-hv-leaver", List.of(Agency.practitionerGroupOf(HEALTH_VISITING)), Role.PARTNER_AGENCY);
        String colleague = referrals.agencyPractitioner(HEALTH_VISITING);
        Task invitation = invitationOf(referral, HEALTH_VISITING);
        people.signInAs(leaver);
        taskService.claim(invitation.getId(), leaver);
        people.signOut();
        identity.leave(leaver, Agency.practitionerGroupOf(HEALTH_VISITING));

        people.signInAs(leaver);
        assertThatThrownBy(() -> completion.complete(invitation.getId(), TestReferrals.joins(colleague)))
                .isInstanceOf(AuthorizationException.class)
                .hasMessage("Only the practitioners of NHS Greater Glasgow and Clyde health visiting (North East) can answer its invitation.");
        people.signOut();
        assertThat(team.findByConcernIdOrderByIdAsc(concernOf(referral).getId())).singleElement()
                .satisfies(m -> assertThat(m.getStatus()).isEqualTo(TeamMember.Status.INVITED));
    }

    @Test
    void onlyThePractitionerWhoJoinedAndTheirAgencysManagersOpenTheCase() {
        ProcessInstance referral = invited("Joined", HEALTH_VISITING, POLICE);
        WellbeingConcern concern = concernOf(referral);
        String answering = people.ensureIn("test-hv-team-leader", List.of(Agency.practitionerGroupOf(HEALTH_VISITING)), Role.PARTNER_AGENCY);
        String healthVisitor = referrals.agencyPractitioner(HEALTH_VISITING);
        String healthManager = referrals.agencyManager(HEALTH_VISITING);
        String officer = referrals.agencyPractitioner(POLICE);
        String policeManager = referrals.agencyManager(POLICE);

        assertThat(List.of(answering, healthVisitor, healthManager, officer, policeManager))
                .as("invited, not yet on the team: nobody of either agency opens the case").noneMatch(u -> mayOpen(u, concern));

        // The health visiting team leader accepts, naming a colleague of the agency who joins.
        referrals.answerInvitation(referral, HEALTH_VISITING, answering, TestReferrals.joins(healthVisitor));

        assertThat(team.findByConcernIdAndStatus(concern.getId(), TeamMember.Status.ACCEPTED)).singleElement().satisfies(m -> {
            assertThat(m.getAgencyCode()).isEqualTo(HEALTH_VISITING);
            assertThat(m.getPractitionerUserId()).isEqualTo(healthVisitor);
            assertThat(m.getPractitioner()).as("by full name").isEqualTo(identity.displayName(healthVisitor));
            assertThat(m.getAnsweredBy()).isEqualTo(answering);
            assertThat(m.getFrom()).isNotNull();
        });
        assertThat(chronology.of(concern)).filteredOn(e -> e.getKind() == Kind.AGENCY_JOINED).singleElement()
                .satisfies(e -> assertThat(e.getSummary()).isEqualTo("NHS Greater Glasgow and Clyde health visiting (North East) joined the team: "
                        + identity.displayName(healthVisitor)));
        assertThat(mayOpen(healthVisitor, concern)).as("the practitioner who joined").isTrue();
        assertThat(mayOpen(healthManager, concern)).as("the manager of the agency that joined").isTrue();
        assertThat(mayOpen(answering, concern)).as("answering for the agency is not joining").isFalse();
        assertThat(mayOpen(officer, concern)).as("police, still only invited").isFalse();
        assertThat(mayOpen(policeManager, concern)).as("police's manager, police not on the team").isFalse();
    }

    @Test
    void anOutsideContactJoinsWithoutOpeningAnythingAndADeclineKeepsItsReason() {
        ProcessInstance referral = invited("Outside", HEALTH_VISITING, POLICE);
        WellbeingConcern concern = concernOf(referral);
        String healthVisitor = referrals.agencyPractitioner(HEALTH_VISITING);
        String officer = referrals.agencyPractitioner(POLICE);

        referrals.answerInvitation(referral, HEALTH_VISITING, healthVisitor, Map.of("agencyDecision", "accept", "joining", "outside-contact",
                "outsideContactName", "Dr Shona Bell, GP", "outsideContactDetails", "0141 496 0000"));
        Task police = invitationOf(referral, POLICE);
        people.signInAs(officer);
        taskService.claim(police.getId(), officer);
        completion.complete(police.getId(), Map.of("agencyDecision", "decline", "agencyDeclineReason", "No police involvement with the family"));
        people.signOut();

        assertThat(team.findByConcernIdOrderByIdAsc(concern.getId())).satisfiesExactly(
                health -> {
                    assertThat(health.getStatus()).isEqualTo(TeamMember.Status.ACCEPTED);
                    assertThat(health.getPractitioner()).isEqualTo("Dr Shona Bell, GP");
                    assertThat(health.getContactDetails()).isEqualTo("0141 496 0000");
                    assertThat(health.getPractitionerUserId()).isNull();
                },
                declined -> {
                    assertThat(declined.getStatus()).isEqualTo(TeamMember.Status.DECLINED);
                    assertThat(declined.getDeclineReason()).isEqualTo("No police involvement with the family");
                    assertThat(declined.getAnsweredBy()).isEqualTo(officer);
                });
        assertThat(mayOpen(healthVisitor, concern)).as("answered for an outside contact: not on the team").isFalse();
        assertThat(mayOpen(officer, concern)).isFalse();
        assertThat(taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey("Activity_CoverDeclinedAgency")
                .singleResult().getAssignee()).isEqualTo(people.ensure(Role.LEAD_PROFESSIONAL));
    }

    @Test
    void eachDeclinedInvitationShowsTheLeadProfessionalItsOwnAgencyAndReasonReadOnly() {
        ProcessInstance referral = invited("TwoDeclines", HEALTH_VISITING, POLICE);
        String healthVisitor = referrals.agencyPractitioner(HEALTH_VISITING);
        String officer = referrals.agencyPractitioner(POLICE);
        for (var answer : List.of(Map.entry(HEALTH_VISITING, Map.entry(healthVisitor, "Already supported by the family nurse")),
                Map.entry(POLICE, Map.entry(officer, "No police involvement with the family")))) {
            Task invitation = invitationOf(referral, answer.getKey());
            people.signInAs(answer.getValue().getKey());
            taskService.claim(invitation.getId(), answer.getValue().getKey());
            completion.complete(invitation.getId(), Map.of("agencyDecision", "decline", "agencyDeclineReason", answer.getValue().getValue()));
            people.signOut();
        }

        List<Task> covers = taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey("Activity_CoverDeclinedAgency").list();
        assertThat(covers).extracting(t -> taskService.getVariable(t.getId(), "declinedAgency") + ": " + taskService.getVariable(t.getId(), "declinedBecause"))
                .containsExactlyInAnyOrder("NHS Greater Glasgow and Clyde health visiting (North East): Already supported by the family nurse",
                        "Police Scotland G Division: No police involvement with the family");

        String lead = people.ensure(Role.LEAD_PROFESSIONAL);
        Task police = covers.stream().filter(t -> "Police Scotland G Division".equals(taskService.getVariable(t.getId(), "declinedAgency")))
                .findFirst().orElseThrow();
        people.signInAs(lead);
        try {
            assertThatThrownBy(() -> completion.complete(police.getId(), Map.of("declinedBecause", "Something else",
                    "declineResponse", "The school's family support worker takes this on")))
                    .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("declinedBecause"));
            completion.complete(police.getId(), Map.of("declineResponse", "The school's family support worker takes this on"));
        } finally {
            people.signOut();
        }
        assertThat(taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey("Activity_CoverDeclinedAgency")
                .singleResult()).satisfies(t -> assertThat(taskService.getVariable(t.getId(), "declinedBecause"))
                        .isEqualTo("Already supported by the family nurse"));
    }

    @Test
    void thePractitionerWhoJoinsMustBeOneOfTheAgencysPeople() {
        ProcessInstance referral = invited("NotOurs", HEALTH_VISITING);
        String healthVisitor = referrals.agencyPractitioner(HEALTH_VISITING);
        String officer = referrals.agencyPractitioner(POLICE);

        assertThatThrownBy(() -> referrals.work(referral, "Activity_AgencyResponse", healthVisitor, TestReferrals.joins(officer)))
                .isInstanceOf(FormValidationException.class)
                .satisfies(e -> assertThat(((FormValidationException) e).fieldErrors()).containsKey("practitionerJoining"));
        assertThat(team.findByConcernIdOrderByIdAsc(concernOf(referral).getId())).singleElement()
                .satisfies(m -> assertThat(m.getStatus()).isEqualTo(TeamMember.Status.INVITED));
    }

    @Test
    void theInvitationShowsTheInviteeOnlyWhatTheyNeedToDecide() {
        ProcessInstance referral = invited("Minimal", HEALTH_VISITING);
        WellbeingConcern concern = concernOf(referral);
        String healthVisitor = referrals.agencyPractitioner(HEALTH_VISITING);

        people.signInAs(healthVisitor);
        SubjectSummary summary = summaries.summarise(referral.getId()).orElseThrow();
        people.signOut();

        assertThat(summary.title()).startsWith("Child: Ailsa, ").endsWith(" (case " + concern.getId() + ")");
        assertThat(invitationOf(referral, HEALTH_VISITING).getDescription()).as("the inbox shows the invitation's subject")
                .isEqualTo(summary.title()).doesNotContain(concern.getChild().getFamilyName());
        assertThat(summary.facts()).extracting(SubjectSummary.Fact::label)
                .containsExactly("Age", "Wellbeing indicators", "Note to the agencies", "If you join");
        assertThat(summary.facts().get(0).value()).as("an age band, not the date of birth").isIn("under 5", "5 to 11", "12 to 15", "16 or over");
        assertThat(summary.facts()).extracting(SubjectSummary.Fact::value)
                .contains("Breakfast and sleep: can health visiting help?")
                .noneMatch(v -> v.contains(concern.getChild().getFamilyName()) || v.contains("Eastfield") || v.contains("2016")
                        || v.contains(concern.getObservation()));
    }

    @Test
    void anAgencyTheConsentDoesNotCoverIsRefusedWithTheReason() {
        ProcessInstance referral = toLeadProfessional("Uncovered", List.of("health"));
        WellbeingConcern concern = concernOf(referral);

        assertThatThrownBy(() -> referrals.work(referral, "Activity_AppointLeadProfessional", people.ensure(Role.LEAD_PROFESSIONAL),
                Map.of("invitedAgencies", List.of(HEALTH_VISITING, POLICE))))
                .isInstanceOfSatisfying(FormValidationException.class, refused -> assertThat(refused.fieldErrors())
                        .hasEntrySatisfying("invitedAgencies", m -> assertThat(m).contains("does not cover Police", "it covers Health")));
        assertThat(team.findByConcernIdOrderByIdAsc(concern.getId())).as("nothing half-written").isEmpty();
        assertThat(taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey("Activity_AgencyResponse").count()).isZero();
    }

    /** Consent withdrawn for an agency after it was invited: its invitation can no longer be accepted, only declined. */
    @Test
    void anAgencyWhoseConsentWasWithdrawnAfterTheInvitationCannotJoin() {
        String officer = referrals.agencyPractitioner(POLICE);
        ProcessInstance referral = invited("WithdrawnMeanwhile", HEALTH_VISITING, POLICE);
        WellbeingConcern concern = concernOf(referral);
        people.signInAs(people.ensure(Role.LEAD_PROFESSIONAL));
        try {
            sharing.withdrawConsent(concern.getId(), "Mother", java.time.LocalDate.now(), List.of("police"), null);
        } finally {
            people.signOut();
        }

        assertThatThrownBy(() -> referrals.answerInvitation(referral, POLICE, officer, TestReferrals.joins(officer)))
                .isInstanceOfSatisfying(FormValidationException.class, refused -> assertThat(refused.fieldErrors().get("agencyDecision"))
                        .startsWith("this invitation can no longer be accepted: consent for Police was withdrawn on"));
        assertThat(team.findByConcernIdOrderByIdAsc(concern.getId())).filteredOn(m -> POLICE.equals(m.getAgencyCode()))
                .extracting(TeamMember::getStatus).as("nothing half-written").containsExactly(TeamMember.Status.INVITED);
        assertThat(mayOpen(officer, concern)).isFalse();

        referrals.answerInvitation(referral, POLICE, officer, Map.of("agencyDecision", "decline",
                "agencyDeclineReason", "Consent for the police was withdrawn"));
        assertThat(team.findByConcernIdOrderByIdAsc(concern.getId())).filteredOn(m -> POLICE.equals(m.getAgencyCode()))
                .extracting(TeamMember::getStatus).containsExactly(TeamMember.Status.DECLINED);
    }
}
