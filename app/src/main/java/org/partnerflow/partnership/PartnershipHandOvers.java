package org.partnerflow.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.partnerflow.identity.CurrentUser;
import org.partnerflow.identity.Permissions;
import org.partnerflow.workflow.PartnerflowEnginePlugin;
import org.partnerflow.workflow.Refusal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
    private final PartnershipSetUp setUp;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final CurrentUser currentUser;
    private final Permissions permissions;
    private final Clock clock;

    PartnershipHandOvers(Partnerships partnerships, PartnershipMembers members, PartnerOrganisations organisations,
                         PartnershipSetUp setUp, RuntimeService runtimeService, IdentityService identityService,
                         CurrentUser currentUser, Permissions permissions, Clock clock) {
        this.partnerships = partnerships;
        this.members = members;
        this.organisations = organisations;
        this.setUp = setUp;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.currentUser = currentUser;
        this.permissions = permissions;
        this.clock = clock;
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
            throw new Refusal(successor.strip() + " is already the contact.");
        }
        PartnerOrganisation organisation = organisations.findById(organisationId).orElseThrow();
        runtimeService.createMessageCorrelation(MESSAGE).processInstanceId(partnership.getProcessInstanceId())
                .setVariablesLocal(Map.of("organisationGroup", organisation.getGroupId(), "leavingContact", member.getContact(),
                        "successor", successor.strip()))
                .correlate();
    }

    /** ${handOverContact}: the contact history, the organisation's group, the lead and the open tasks. */
    void execute(DelegateExecution e) {
        Partnership partnership = setUp.partnershipOf(e);
        PartnerOrganisation organisation = setUp.organisationOf(e);
        String leaving = (String) e.getVariable("leavingContact");
        String successor = (String) e.getVariable("successor");
        PartnershipMember member = members.findFirstByPartnershipIdAndOrganisationIdAndStatusNotOrderByIdDesc(partnership.getId(),
                organisation.getId(), PartnershipMember.Status.LEFT).orElseThrow();
        members.save(member.handOverTo(successor, LocalDate.now(clock)));
        IdentityService identity = e.getProcessEngineServices().getIdentityService();
        if (identity.createUserQuery().userId(successor).memberOfGroup(organisation.getGroupId()).count() == 0) {
            identity.createMembership(successor, organisation.getGroupId());
        }
        if (leaving != null) {
            identity.deleteMembership(leaving, organisation.getGroupId());
            if (leaving.equals(partnership.getLead())) {
                partnership.handOverLead(successor);
                e.setVariable("partnershipLead", successor);
            }
            TaskService tasks = e.getProcessEngineServices().getTaskService();
            // The process moves the leaver's tasks, not the person who recorded the hand-over: the task
            // guard lets only an assignee hand a task on, so the move runs without a signed-in user.
            org.camunda.bpm.engine.impl.identity.Authentication recordedBy = identity.getCurrentAuthentication();
            identity.clearAuthentication();
            try {
                for (Task task : tasks.createTaskQuery().processInstanceId(e.getProcessInstanceId()).taskAssignee(leaving).listPage(0, PartnerflowEnginePlugin.QUERY_MAX_RESULTS)) {
                    tasks.setAssignee(task.getId(), successor);
                }
            } finally {
                if (recordedBy != null) {
                    identity.setAuthentication(recordedBy);
                }
            }
        }
        // The hand-over's details belong to this hand-over only.
        e.removeVariables(List.of("organisationGroup", "leavingContact", "successor"));
    }

    @Configuration(proxyBeanMethods = false)
    static class Delegates {
        @Bean JavaDelegate handOverContact(PartnershipHandOvers h) { return h::execute; }
    }
}
