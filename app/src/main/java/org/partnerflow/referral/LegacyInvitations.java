package org.partnerflow.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.partnerflow.identity.Role;

/**
 * Referrals started before agencies were organisations (issue 18) run on their own version of the
 * model, which invites agencies by kind ({@code health}, {@code police}) and offers every invitation to
 * the partner-agency role. Such a case still waiting to invite, or to hear back, finishes the way it
 * began; new referrals never come here.
 */
final class LegacyInvitations {

    private LegacyInvitations() {
    }

    /** Whether the process runs a model whose invitations go to the partner-agency role rather than to each agency's people. */
    static boolean invitesByKind(DelegateExecution e) {
        UserTask invitation = e.getProcessEngineServices().getRepositoryService().getBpmnModelInstance(e.getProcessDefinitionId())
                .getModelElementById(org.partnerflow.identity.Permissions.INVITATION_TASK);
        return invitation != null && Role.PARTNER_AGENCY.groupId().equals(invitation.getCamundaCandidateGroups());
    }

    /** The answer to an invitation by kind (that version's agency-response.form): the practitioner in free text. */
    record Answer(String agencyPractitioner) {
    }
}
