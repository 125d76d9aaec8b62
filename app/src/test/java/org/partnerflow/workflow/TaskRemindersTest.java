package org.partnerflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestReferrals;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reminder timer reminds exactly the task it hangs on: with two agencies invited in parallel, the
 * reminder of one invitation marks that invitation's task and leaves the other alone.
 */
class TaskRemindersTest extends PartnerflowSpringTest {

    @Autowired
    TestReferrals referrals;
    @Autowired
    ManagementService managementService;

    @Test
    void theReminderMarksOnlyItsOwnTaskAndSaysSoOnIt() {
        ProcessInstance referral = referrals.raise("Remind" + System.nanoTime());
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        referrals.work(referral, "Activity_NamedPersonAssessment", namedPerson, TestReferrals.assessment("Nurtured", 2L, true));
        referrals.work(referral, "Activity_ConfirmPathway", namedPerson, Map.of("pathwayChoice", "accept"));
        referrals.work(referral, "Activity_RecordConsent", namedPerson, Map.of("consentGiven", "yes", "consentGivenBy", "Mother",
                "consentScope", "School and health information", "consentAgencies", List.of("health", "housing"),
                "consentDate", "2026-11-20"));
        referrals.work(referral, "Activity_AppointLeadProfessional", people.ensure(Role.LEAD_PROFESSIONAL),
                Map.of("invitedAgencies", List.of(TestReferrals.HEALTH_VISITING, "glasgow-homelessness-and-housing")));
        List<Job> reminders = managementService.createJobQuery().processInstanceId(referral.getId())
                .activityId("Event_AgencyReminder").list();
        assertThat(reminders).hasSize(2);

        managementService.executeJob(reminders.get(0).getId());

        List<Task> invitations = taskService.createTaskQuery().processInstanceId(referral.getId())
                .taskDefinitionKey("Activity_AgencyResponse").list();
        assertThat(invitations).hasSize(2);
        assertThat(invitations).filteredOn(t -> t.getFollowUpDate() != null).singleElement().satisfies(t ->
                assertThat(taskService.getTaskComments(t.getId())).singleElement()
                        .satisfies(c -> assertThat(c.getFullMessage()).startsWith("Reminder sent on ").endsWith("to the task's group")));
        assertThat(invitations).filteredOn(t -> t.getFollowUpDate() == null).singleElement()
                .satisfies(t -> assertThat(taskService.getTaskComments(t.getId())).isEmpty());
    }
}
