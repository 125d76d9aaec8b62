package org.partnerflow.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.establishment.AuthorityHoliday;
import org.partnerflow.establishment.HolidayKind;
import org.partnerflow.establishment.LocalHolidays;
import org.partnerflow.establishment.WorkingDays;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestReferrals;
import org.partnerflow.words.Words;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Named Person assessment's timescale (partnerflow.referral.assessment-working-days, 10; the
 * reminder after 7) is counted in the working days of the child's council: the task's due date and
 * both timers (reminder, overdue) skip the council's own holidays as well as weekends and bank holidays.
 */
class AssessmentTimescaleTest extends PartnerflowSpringTest {

    @Autowired
    TestReferrals referrals;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    ManagementService managementService;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    LocalHolidays localHolidays;
    @Autowired
    ReferralTimescales timescales;

    private static LocalDate inLondon(java.util.Date moment) {
        return moment.toInstant().atZone(Words.ZONE).toLocalDate();
    }

    private Task assessment(ProcessInstance referral) {
        return taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey("Activity_NamedPersonAssessment").singleResult();
    }

    private Job timer(ProcessInstance referral, String activity) {
        return managementService.createJobQuery().processInstanceId(referral.getId()).activityId(activity).singleResult();
    }

    @Test
    void aGlasgowChildsAssessmentSkipsGlasgowsHolidaysAndARenfrewshireChildsDoesNot() {
        LocalDate today = LocalDate.now(Words.ZONE);
        people.signIn(Role.MANAGER); // Glasgow City's
        // Glasgow is off for the next week (a local holiday recorded today, for this test only).
        AuthorityHoliday off = localHolidays.add("glasgow-city", today.plusDays(1), today.plusDays(7), "Test week off", HolidayKind.LOCAL_HOLIDAY);
        people.signOut();
        try {
            String practitioner = people.ensure(Role.PRACTITIONER);
            ProcessInstance glasgow = referrals.raise(practitioner, "Ailsa", "Calendar" + System.nanoTime(), "Eastfield Primary", null, "no");
            ProcessInstance renfrewshire = referrals.raise(practitioner, "Ailsa", "Calendar" + System.nanoTime(), "Cartside Primary", null, "no");

            ZonedDateTime glasgowRaised = concerns.findByProcessInstanceId(glasgow.getId()).orElseThrow().getRaisedAt().atZone(Words.ZONE);
            ZonedDateTime renfrewshireRaised = concerns.findByProcessInstanceId(renfrewshire.getId()).orElseThrow().getRaisedAt().atZone(Words.ZONE);
            LocalDate glasgowDue = inLondon(assessment(glasgow).getDueDate());
            LocalDate renfrewshireDue = inLondon(assessment(renfrewshire).getDueDate());

            assertThat(glasgowDue).isEqualTo(workingDays.after("glasgow-city", glasgowRaised, timescales.assessmentWorkingDays()).toLocalDate());
            assertThat(renfrewshireDue).isEqualTo(workingDays.after("renfrewshire", renfrewshireRaised, timescales.assessmentWorkingDays()).toLocalDate());
            assertThat(off.covers(glasgowDue)).isFalse();
            assertThat(glasgowDue).as("Glasgow's week off does not count").isAfter(renfrewshireDue);
            assertThat(workingDays.isWorkingDay("glasgow-city", glasgowDue)).isTrue();

            // The timers wait for the same moments: the overdue timer on the due date, the reminder on a Glasgow working day.
            assertThat(timer(glasgow, "Event_AssessmentOverdue").getDuedate()).isEqualTo(assessment(glasgow).getDueDate());
            LocalDate reminder = inLondon(timer(glasgow, "Event_AssessmentReminder").getDuedate());
            assertThat(reminder).isEqualTo(workingDays.after("glasgow-city", glasgowRaised, timescales.assessmentReminderWorkingDays()).toLocalDate());
            assertThat(off.covers(reminder)).isFalse();
            assertThat(workingDays.isWorkingDay("glasgow-city", reminder)).isTrue();
        } finally {
            people.signIn(Role.MANAGER);
            localHolidays.remove(off.getId(), off.getVersion());
            people.signOut();
        }
    }
}
