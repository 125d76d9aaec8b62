package org.partnerflow.partnership;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.partnerflow.identity.CurrentUser;
import org.partnerflow.identity.Permissions;
import org.partnerflow.workflow.Refusal;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Continuity when a contact leaves: their organisation's role passes to a successor (the contact
 * history keeps both), the successor answers for the organisation from then on, and the leaver's
 * open tasks in the partnership move to the successor. If the leaver led the partnership, the lead
 * passes too. The hand-over runs in the process (its "Contact leaves" event), so it is on record.
 */
@Service
public class PartnershipHandOvers {

    static final String MESSAGE = "ContactHandOver";

    private final Partnerships partnerships;
    private final PartnershipMembers members;
    private final PartnerOrganisations organisations;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final CurrentUser currentUser;
    private final Permissions permissions;

    PartnershipHandOvers(Partnerships partnerships, PartnershipMembers members, PartnerOrganisations organisations,
                         RuntimeService runtimeService, IdentityService identityService,
                         CurrentUser currentUser, Permissions permissions) {
        this.partnerships = partnerships;
        this.members = members;
        this.organisations = organisations;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.currentUser = currentUser;
        this.permissions = permissions;
    }

    /**
     * The lead (or a manager) records that a partner's contact is leaving and who takes over.
     *
     * @throws Refusal with a message for the person when the details do not fit
     */
    @Transactional
    public void handOver(long partnershipId, long organisationId, String successor) {
        Partnership partnership = partnerships.findById(partnershipId)
                .orElseThrow(() -> new Refusal("There is no partnership " + partnershipId + "."));
        currentUser.requireId();
        if (!permissions.mayManagePartnership(partnership.getLead())) {
            throw new AuthorizationException("Only the partnership's lead or a manager hands over a contact.");
        }
        if (partnership.getStatus() == Partnership.Status.CLOSED) {
            throw new Refusal(partnership.getName() + " is closed: there is nothing to hand over.");
        }
        PartnershipMember member = members.findFirstByPartnershipIdAndOrganisationIdAndStatusNotOrderByIdDesc(partnershipId,
                        organisationId, PartnershipMember.Status.LEFT)
                .filter(m -> m.getStatus() == PartnershipMember.Status.CONFIRMED)
                .orElseThrow(() -> new Refusal("That organisation has no confirmed contact in this partnership."));
        if (successor == null || identityService.createUserQuery().userId(successor.strip()).count() == 0) {
            throw new Refusal("Choose the successor from Partnerflow's people.");
        }
        if (successor.strip().equals(member.getContact())) {
            throw new Refusal("The person chosen is already the contact: choose their successor.");
        }
        PartnerOrganisation organisation = organisations.findById(organisationId).orElseThrow();
        runtimeService.createMessageCorrelation(MESSAGE).processInstanceId(partnership.getProcessInstanceId())
                .setVariablesLocal(Answers.asVariables(new HandOverContact.HandOver(organisation.getGroupId(), member.getContact(), successor.strip())))
                .correlate();
    }
}
