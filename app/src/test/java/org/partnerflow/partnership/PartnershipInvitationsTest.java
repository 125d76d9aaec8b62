package org.partnerflow.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.partnerflow.calendar.CalendarInvitations.Invitation;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestPartnerships.Partner;
import org.partnerflow.words.Words;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 19 item 4 on a partnership: its next meeting and evaluation are calendar events on the days
 * their timers are due, the meeting loop keeps the meeting's event (same UID, SEQUENCE one on if its day moved), and
 * closing the partnership cancels both.
 */
class PartnershipInvitationsTest extends PartnershipTestBase {

    @Autowired
    PartnershipInvitations invitations;

    private static VEvent eventOf(Invitation invitation) throws Exception {
        return new CalendarBuilder().build(new StringReader(invitation.text())).<VEvent>getComponents("VEVENT").get(0);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    private String dueDay(ProcessInstance p, String timer) {
        Job job = managementService.createJobQuery().processInstanceId(p.getId()).activityId(timer).singleResult();
        LocalDate day = job.getDuedate().toInstant().atZone(Words.ZONE).toLocalDate();
        return day.toString().replace("-", "") + "T093000";
    }

    @Test
    void theNextMeetingAndEvaluationAreEventsOnTheirTimersDaysAndClosingCancelsThem() throws Exception {
        List<Partner> partners = partnerships.partners(2);
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        String name = "Calendar cluster " + System.nanoTime();
        ProcessInstance p = partnerships.active(lead, name, partners, "2027-03-31");
        long id = records.findByProcessInstanceId(p.getId()).orElseThrow().getId();

        Invitation meeting = invitations.current(id, PartnershipInvitations.MEETING).orElseThrow();
        VEvent first = eventOf(meeting);
        assertThat(value(first, "SUMMARY")).isEqualTo("Partnership meeting \u2014 " + name);
        assertThat(value(first, "DTSTART")).isEqualTo(dueDay(p, "Event_MeetingDue"));
        assertThat(first.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/London");
        Invitation evaluation = invitations.current(id, PartnershipInvitations.EVALUATION).orElseThrow();
        assertThat(value(eventOf(evaluation), "DTSTART")).isEqualTo(dueDay(p, "Event_EvaluationDue"));
        assertThat(evaluation.uid()).isNotEqualTo(meeting.uid());

        partnerships.meet(p, lead, "");
        Invitation agreed = invitations.current(id, PartnershipInvitations.MEETING).orElseThrow();
        assertThat(agreed.uid()).isEqualTo(meeting.uid());
        assertThat(value(eventOf(agreed), "DTSTART")).as("moved to the date on the agenda").isEqualTo("20270120T093000");
        assertThat(agreed.sequence()).isEqualTo(1);
        partnerships.work(p, "Activity_FollowUpActions", lead, Map.of("followUpNotes", "Evening booked"));
        Invitation next = invitations.current(id, PartnershipInvitations.MEETING).orElseThrow();
        assertThat(next.uid()).isEqualTo(meeting.uid());
        assertThat(value(eventOf(next), "DTSTART")).isEqualTo(dueDay(p, "Event_MeetingDue"));
        // Held, and due again one interval on: the same event moves on from the agenda's date.
        assertThat(next.sequence()).isEqualTo(2);

        partnerships.evaluate(p, lead, partners, new int[] {5, 5}, Map.of("impactEvidence", "Target met",
                "evaluationDecision", "close", "closingReport", "The cluster met its numeracy target."));
        for (String key : List.of(PartnershipInvitations.MEETING, PartnershipInvitations.EVALUATION)) {
            Invitation cancelled = invitations.current(id, key).orElseThrow();
            assertThat(cancelled.method()).isEqualTo("CANCEL");
            assertThat(value(eventOf(cancelled), "STATUS")).isEqualTo("CANCELLED");
        }

        // The lead and each confirmed partner's contact were sent the meeting's event when issued and when cancelled
        // (and when moved, if it moved): the partnership's reference, never its people.
        List<String> meetingTold = jdbc.queryForList("select kind from notification where recipient = ? and calendar_uid = ? order by id",
                String.class, lead, meeting.uid());
        assertThat(meetingTold).first().isEqualTo("CALENDAR_INVITATION");
        assertThat(meetingTold).last().isEqualTo("CALENDAR_CANCELLATION");
        assertThat(meetingTold).as("issued, moved to the agenda's date, moved on, cancelled").hasSize(4);
        assertThat(jdbc.queryForList("select distinct reference from notification where calendar_uid = ?", String.class, meeting.uid()))
                .containsExactly(Partnership.referenceOf(id));
        List<String> contacts = jdbc.queryForList("select contact from partnership_member where partnership_id = ? and status = 'CONFIRMED'",
                String.class, id);
        assertThat(contacts).isNotEmpty();
        assertThat(jdbc.queryForList("select distinct recipient from notification where calendar_uid = ?", String.class, evaluation.uid()))
                .containsAll(contacts).contains(lead);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
}
