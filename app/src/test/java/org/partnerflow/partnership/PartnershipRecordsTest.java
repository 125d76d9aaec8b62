package org.partnerflow.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestPartnerships;
import org.partnerflow.testsupport.TestPartnerships.Partner;
import org.partnerflow.workflow.form.FormValidationException;

/**
 * A partnership in the running application: the real forms (validated by the guard), the real record
 * writers, from the proposal through roles, the protocol, two meetings and an evaluation to closure,
 * and the refusals that keep the records whole.
 */
class PartnershipRecordsTest extends PartnershipTestBase {

    @Test
    void aPartnershipIsSetUpMeetsTwiceIsEvaluatedAndCloses() {
        List<Partner> partners = partnerships.partners(3);
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        ProcessInstance p = partnerships.propose(lead, TestPartnerships.proposal("Numeracy cluster " + System.nanoTime(),
                "school-cluster", partners));
        Partnership partnership = records.findByProcessInstanceId(p.getId()).orElseThrow();
        assertThat(partnership.getStatus()).isEqualTo(Partnership.Status.SETTING_UP);
        assertThat(partnership.getLead()).isEqualTo(lead);
        assertThat(partnership.getIndicators()).containsExactly("primary-numeracy");
        assertThat(members.findByPartnershipIdOrderByIdAsc(partnership.getId())).hasSize(3)
                .allSatisfy(m -> assertThat(m.getStatus()).isEqualTo(PartnershipMember.Status.INVITED));

        partnerships.confirmRoles(p, partners);
        assertThat(members.findByPartnershipIdOrderByIdAsc(partnership.getId())).allSatisfy(m -> {
            assertThat(m.getStatus()).isEqualTo(PartnershipMember.Status.CONFIRMED);
            assertThat(m.getContact()).startsWith("test-contact-");
        });
        partnerships.work(p, "Activity_DraftProtocol", lead, TestPartnerships.protocolWithPersonalData());
        for (Partner partner : partners) {
            partnerships.work(p, "Activity_AgreeProtocol", partner.contact(), Map.of("protocolAnswer", "agree"));
        }
        assertThat(records.findById(partnership.getId()).orElseThrow().getProtocolStatus()).isEqualTo(Partnership.ProtocolStatus.AGREED);
        partnerships.work(p, "Activity_MeetingProtocol", lead, TestPartnerships.meetingProtocol(3));
        partnerships.work(p, "Activity_JointPlan", lead, Map.of("programme", "Shared numeracy moderation and family learning",
                "planActions", "Moderation day; Eastfield Primary; 2027-01-31; primary-numeracy"));
        Partnership active = records.findById(partnership.getId()).orElseThrow();
        assertThat(active.getStatus()).isEqualTo(Partnership.Status.ACTIVE);
        assertThat(active.getMeetingsPerYear()).isEqualTo(3);
        assertThat(runtimeService.getVariable(p.getId(), "meetingInterval")).isEqualTo("P121D");
        assertThat(actions.findByPartnershipIdOrderByDueOnAscIdAsc(partnership.getId())).singleElement()
                .satisfies(a -> assertThat(a.getOwner()).isEqualTo("Eastfield Primary"));

        partnerships.meet(p, lead, "Family numeracy evening; City College; 2027-02-28; primary-numeracy");
        List<PartnershipAction> open = actions.findByPartnershipIdOrderByDueOnAscIdAsc(partnership.getId());
        assertThat(open).hasSize(2);
        partnerships.work(p, "Activity_FollowUpActions", lead, Map.of("actionsDone", List.of(String.valueOf(open.get(0).getId())),
                "followUpNotes", "Moderation day held"));
        assertThat(actions.findById(open.get(0).getId()).orElseThrow().getStatus()).isEqualTo(PartnershipAction.Status.DONE);
        partnerships.meet(p, lead, "");
        partnerships.work(p, "Activity_FollowUpActions", lead, Map.of("followUpNotes", "Evening booked"));
        assertThat(meetings.findByPartnershipIdOrderByNumberAsc(partnership.getId())).extracting(PartnershipMeeting::getNumber)
                .containsExactly(1, 2);

        assertThatThrownBy(() -> partnerships.evaluate(p, lead, partners, new int[] {4, 5, 6}, Map.of(
                "impactEvidence", "P4 numeracy up 3 points", "evaluationDecision", "continue",
                "indicatorValues", "primary-numeracy; 81.5\nreading-age; 9")))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.fieldErrors()).containsEntry("indicatorValues",
                        "line 2: 'reading-age' is not a critical indicator (for example primary-numeracy)"));
        partnerships.work(p, "Activity_ConsolidateEvaluation", lead, Map.of("impactEvidence", "P4 numeracy up 3 points",
                "evaluationDecision", "continue", "indicatorValues", "primary-numeracy; 81.5\nprimary-literacy; 74"));
        PartnershipEvaluation first = evaluations.findByPartnershipIdOrderByCycleAsc(partnership.getId()).get(0);
        assertThat(first.getDecision()).isEqualTo(PartnershipEvaluation.Decision.CONTINUE);
        List<PrincipleRating> given = ratings.findByEvaluationIdIn(List.of(first.getId()));
        assertThat(given).hasSize(27);
        assertThat(PrincipleRating.meanByPrinciple(given)).containsEntry(PartnershipPrinciple.TRUST, 5.0);
        assertThat(indicatorValues.findByEvaluationIdIn(List.of(first.getId()))).extracting(v -> v.getIndicator() + "=" + v.getMeasured())
                .containsExactlyInAnyOrder("primary-numeracy=81.50", "primary-literacy=74.00");

        partnerships.evaluate(p, lead, partners, new int[] {5, 5, 5}, Map.of("impactEvidence", "Target met",
                "evaluationDecision", "close", "closingReport", "The cluster met its numeracy target; work continues in schools."));

        Partnership closed = records.findById(partnership.getId()).orElseThrow();
        assertThat(closed.getStatus()).isEqualTo(Partnership.Status.CLOSED);
        assertThat(closed.getClosingReport()).startsWith("The cluster met");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(p.getId()).count()).isZero();
    }

    @Test
    void aPartnerWhoObjectsToTheProtocolKeepsThePartnershipFromBecomingActive() {
        List<Partner> partners = partnerships.partners(2);
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        ProcessInstance p = partnerships.propose(lead, TestPartnerships.proposal("Objection " + System.nanoTime(), "multi-agency", partners));
        partnerships.confirmRoles(p, partners);
        partnerships.work(p, "Activity_DraftProtocol", lead, TestPartnerships.protocolWithPersonalData());
        partnerships.work(p, "Activity_AgreeProtocol", partners.get(0).contact(), Map.of("protocolAnswer", "agree"));
        partnerships.work(p, "Activity_AgreeProtocol", partners.get(1).contact(), Map.of("protocolAnswer", "object",
                "protocolObjection", "Retention must be one term, not a year"));

        Partnership partnership = records.findByProcessInstanceId(p.getId()).orElseThrow();
        assertThat(partnership.getProtocolStatus()).isEqualTo(Partnership.ProtocolStatus.PENDING);
        assertThat(partnership.getStatus()).isEqualTo(Partnership.Status.SETTING_UP);
        assertThat(taskService.createTaskQuery().processInstanceId(p.getId()).taskDefinitionKey("Activity_DraftProtocol").count()).isEqualTo(1);
        assertThatThrownBy(() -> partnership.activate("Programme", java.time.Instant.now()))
                .hasMessageContaining("data-sharing protocol is not agreed");

        partnerships.work(p, "Activity_DraftProtocol", lead, Map.of("personalDataShared", "no"));
        assertThat(protocols.findByPartnershipIdOrderByRevisionDesc(partnership.getId())).extracting(DataSharingProtocol::getRevision)
                .containsExactly(2, 1);
        assertThat(records.findById(partnership.getId()).orElseThrow().getProtocolStatus()).isEqualTo(Partnership.ProtocolStatus.NOT_NEEDED);
    }

    @Test
    void proposalsAndPlansThatCannotBeRecordedAreRefusedAtTheirFieldsWithNothingWritten() {
        List<Partner> partners = partnerships.partners(2);
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        String name = "Refused " + System.nanoTime();

        assertThatThrownBy(() -> partnerships.propose(lead, TestPartnerships.proposal(name, "school-cluster", partners.subList(0, 1))))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("partnerOrganisations", "choose at least two partner organisations"));
        Map<String, Object> unknown = new HashMap<>(TestPartnerships.proposal(name, "school-cluster", partners));
        unknown.put("partnerOrganisations", List.of(String.valueOf(partners.get(0).organisation().getId()), "999999"));
        assertThatThrownBy(() -> partnerships.propose(lead, unknown)).isInstanceOf(FormValidationException.class)
                .hasMessageContaining("not in the register");
        assertThat(records.findByName(name)).isEmpty();

        ProcessInstance forum = partnerships.propose(lead, TestPartnerships.proposal(name, "inter-authority-forum", partners));
        partnerships.confirmRoles(forum, partners);
        partnerships.work(forum, "Activity_DraftProtocol", lead, Map.of("personalDataShared", "no"));
        assertThatThrownBy(() -> partnerships.work(forum, "Activity_MeetingProtocol", lead, TestPartnerships.meetingProtocol(4)))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("meetingsPerYear", "a inter-authority forum or network meets formally up to 3 times a year"));
        partnerships.work(forum, "Activity_MeetingProtocol", lead, TestPartnerships.meetingProtocol(3));
        assertThatThrownBy(() -> partnerships.work(forum, "Activity_JointPlan", lead, Map.of("programme", "Forum programme",
                "planActions", "Shared CLPL day; Forum coordinator; next March")))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("planActions", "line 1: the due date 'next March' must be a date, written as 31/01/2027"));
        Partnership stillSettingUp = records.findByProcessInstanceId(forum.getId()).orElseThrow();
        assertThat(stillSettingUp.getStatus()).isEqualTo(Partnership.Status.SETTING_UP);
        assertThat(actions.findByPartnershipIdOrderByDueOnAscIdAsc(stillSettingUp.getId())).isEmpty();
    }

    @Test
    void aContactWhoLeavesHandsTheirRoleAndOpenTaskToASuccessor() {
        List<Partner> partners = partnerships.partners(2);
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        ProcessInstance p = partnerships.propose(lead, TestPartnerships.proposal("Hand-over " + System.nanoTime(), "community", partners));
        partnerships.confirmRoles(p, partners);
        partnerships.work(p, "Activity_DraftProtocol", lead, TestPartnerships.protocolWithPersonalData());
        Partner leaving = partners.get(1);
        Task answer = taskService.createTaskQuery().processInstanceId(p.getId()).taskDefinitionKey("Activity_AgreeProtocol")
                .taskCandidateGroup(leaving.organisation().getGroupId()).singleResult();
        taskService.claim(answer.getId(), leaving.contact());
        String successor = people.ensure("test-successor-" + System.nanoTime(), Role.PRACTITIONER);
        Partnership partnership = records.findByProcessInstanceId(p.getId()).orElseThrow();

        people.signInAs(people.ensure(Role.PRACTITIONER));
        assertThatThrownBy(() -> handOvers.handOver(partnership.getId(), leaving.organisation().getId(), successor))
                .hasMessageContaining("Only the partnership's lead or a manager");
        people.signInAs(lead);
        handOvers.handOver(partnership.getId(), leaving.organisation().getId(), successor);
        people.signOut();

        assertThat(taskService.createTaskQuery().taskId(answer.getId()).singleResult().getAssignee()).isEqualTo(successor);
        List<PartnershipMember> history = members.findByPartnershipIdOrderByIdAsc(partnership.getId()).stream()
                .filter(m -> m.getOrganisationId().equals(leaving.organisation().getId())).toList();
        assertThat(history).extracting(PartnershipMember::getContact).containsExactly(leaving.contact(), successor);
        assertThat(history.get(0).getStatus()).isEqualTo(PartnershipMember.Status.LEFT);
        assertThat(history.get(0).getTo()).isNotNull();
        assertThat(history.get(1).getRole()).isEqualTo(history.get(0).getRole());
        assertThat(identityService.createUserQuery().memberOfGroup(leaving.organisation().getGroupId()).list())
                .extracting(u -> u.getId()).containsExactly(successor);

        partnerships.work(p, "Activity_AgreeProtocol", successor, Map.of("protocolAnswer", "agree"));
        partnerships.work(p, "Activity_AgreeProtocol", partners.get(0).contact(), Map.of("protocolAnswer", "agree"));
        assertThat(records.findById(partnership.getId()).orElseThrow().getProtocolStatus()).isEqualTo(Partnership.ProtocolStatus.AGREED);
    }

}
