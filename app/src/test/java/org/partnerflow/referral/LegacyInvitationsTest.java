package org.partnerflow.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.testsupport.TestReferrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A referral begun on the model before agencies were organisations (invitations by kind, offered to
 * the partner-agency role, the practitioner in free text) finishes the way it began: the model of
 * that time and its two forms, deployed beside today's for this test only.
 */
class LegacyInvitationsTest extends PartnerflowSpringTest {

    private static final String LEGACY = "legacy-invitations/";
    private static final List<String> CHANGED_FORMS = List.of("appoint-lead-professional.form", "agency-response.form");

    @Autowired
    TestReferrals referrals;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    TeamMembers team;
    @Autowired
    Chronology chronology;

    private String deploymentId;

    private String deployLegacyModel() throws IOException {
        DeploymentBuilder deployment = repositoryService.createDeployment().name("referral before agencies were organisations")
                .addClasspathResource(LEGACY + "girfec-referral-by-kind.bpmn")
                .addClasspathResource("processes/referral/girfec-pathway.dmn");
        for (String form : CHANGED_FORMS) {
            deployment.addClasspathResource(LEGACY + form);
        }
        for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/referral/*.form")) {
            if (!CHANGED_FORMS.contains(form.getFilename())) {
                deployment.addInputStream(form.getFilename(), form.getInputStream());
            }
        }
        deploymentId = deployment.deploy().getId();
        return repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).processDefinitionKey("girfec-referral-by-kind")
                .singleResult().getId();
    }

    @AfterEach
    void undeploy() {
        if (deploymentId != null) {
            repositoryService.deleteDeployment(deploymentId, true);
        }
    }

    @Test
    void anInvitationByKindIsAnsweredAsBeforeByThePartnerAgencyRole() throws IOException {
        String definition = deployLegacyModel();
        String np = people.ensure(Role.NAMED_PERSON);
        String leadProfessional = people.ensure(Role.LEAD_PROFESSIONAL);
        ProcessInstance referral = referrals.raiseOn(definition, people.ensure(Role.PRACTITIONER), "Ailsa", "ByKind" + System.nanoTime(),
                "Eastfield Primary", null, "no");
        referrals.work(referral, "Activity_NamedPersonAssessment", np, TestReferrals.assessment("Healthy", 2L, true));
        referrals.work(referral, "Activity_ConfirmPathway", np, Map.of("pathwayChoice", "accept"));
        referrals.work(referral, "Activity_RecordConsent", np, Map.of("consentGiven", "yes", "consentGivenBy", "Mother",
                "consentScope", "Attendance and health", "consentAgencies", List.of("health"), "consentDate", "2026-11-20"));

        referrals.work(referral, "Activity_AppointLeadProfessional", leadProfessional, Map.of("invitedAgencies", List.of("health")));
        referrals.work(referral, "Activity_AgencyResponse", people.ensure(Role.PARTNER_AGENCY),
                Map.of("agencyDecision", "accept", "agencyPractitioner", "Dr Shona Bell"));

        WellbeingConcern concern = concerns.findByProcessInstanceId(referral.getId()).orElseThrow();
        assertThat(team.findByConcernIdOrderByIdAsc(concern.getId())).singleElement().satisfies(m -> {
            assertThat(m.getAgency()).isEqualTo("health");
            assertThat(m.getAgencyCode()).isNull();
            assertThat(m.getStatus()).isEqualTo(TeamMember.Status.ACCEPTED);
            assertThat(m.getPractitioner()).isEqualTo("Dr Shona Bell");
        });
        assertThat(chronology.of(concern)).filteredOn(e -> e.getKind() == Kind.AGENCY_JOINED).singleElement()
                .satisfies(e -> assertThat(e.getSummary()).isEqualTo("Health joined the team: Dr Shona Bell"));
        assertThat(taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey("Activity_TeamMeeting").count())
                .isEqualTo(1);
    }
}
