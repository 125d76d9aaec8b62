package org.partnerflow.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.partnerflow.workflow.PartnerflowEnginePlugin;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/**
 * The process's "Contact leaves" step (see {@link PartnershipHandOvers}): the contact history, the
 * organisation's group, the lead and the leaver's open tasks pass to the successor.
 */
@Component("handOverContact")
class HandOverContact implements JavaDelegate {

    /** The hand-over's own variables, set when its message is correlated. */
    record HandOver(String organisationGroup, String leavingContact, String successor) {
    }

    private final RunningPartnerships running;
    private final PartnershipMembers members;
    private final Clock clock;

    HandOverContact(RunningPartnerships running, PartnershipMembers members, Clock clock) {
        this.running = running;
        this.members = members;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution e) {
        Partnership partnership = running.of(e);
        PartnerOrganisation organisation = running.answeringOrganisation(e);
        HandOver handOver = Answers.of(e, HandOver.class);
        String leaving = handOver.leavingContact();
        String successor = handOver.successor();
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
                Answers.write(e, new PartnershipLead(successor));
            }
            TaskService tasks = e.getProcessEngineServices().getTaskService();
            // The process moves the leaver's tasks, not the person who recorded the hand-over: the task
            // guard lets only an assignee hand a task on, so the move runs without a signed-in user.
            org.camunda.bpm.engine.impl.identity.Authentication recordedBy = identity.getCurrentAuthentication();
            identity.clearAuthentication();
            try {
                for (Task task : tasks.createTaskQuery().processInstanceId(e.getProcessInstanceId()).taskAssignee(leaving)
                        .listPage(0, PartnerflowEnginePlugin.QUERY_MAX_RESULTS)) {
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
}
