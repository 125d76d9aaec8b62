package org.partnerflow.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.audit.AccessLog;
import org.partnerflow.calendar.CalendarInvitations;
import org.partnerflow.calendar.CalendarInvitations.Invitation;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestReferrals;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 19 item 4 on a case: agreeing the Child's Plan issues its review's event, a review that goes on
 * moves it (same UID, SEQUENCE one on, in summer time now), a step-down cancels it and issues the light
 * review's, closing cancels it; the text names the reference only, never the child, their birth date
 * or school; someone not on the case cannot download it, and the refusal is logged.
 */
class ReviewInvitationsTest extends PartnerflowSpringTest {

    @Autowired
    TestReferrals referrals;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    ReviewInvitations reviews;
    @Autowired
    CalendarInvitations calendar;
    @Autowired
    ManagementService managementService;
    @Autowired
    AccessLog accessLog;

    private static VEvent eventOf(Invitation invitation) throws Exception {
        Calendar parsed = new CalendarBuilder().build(new StringReader(invitation.text()));
        return parsed.<VEvent>getComponents("VEVENT").get(0);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    private static String methodOf(Invitation invitation) throws Exception {
        return new CalendarBuilder().build(new StringReader(invitation.text())).getProperty("METHOD").orElseThrow().getValue();
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private void reviewDue(ProcessInstance referral) {
        managementService.executeJob(managementService.createJobQuery().processInstanceId(referral.getId())
                .activityId("Event_ReviewDue").singleResult().getId());
    }

    @Test
    void aMovedReviewKeepsItsUidAndAClosedCaseCancelsIt() throws Exception {
        String family = "Calendar" + System.nanoTime();
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), "Ailsa", family, "Eastfield Primary", null, "no");
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        referrals.toSingleAgencyPlan(referral, namedPerson); // review on 2027-02-01
        long id = concerns.findByProcessInstanceId(referral.getId()).orElseThrow().getId();
        String reference = String.format("C-%06d", id);

        Invitation agreed = calendar.current(ReviewInvitations.SUBJECT, id, ReviewInvitations.PLAN_REVIEW).orElseThrow();
        VEvent first = eventOf(agreed);
        assertThat(methodOf(agreed)).isEqualTo("REQUEST");
        assertThat(value(first, "SUMMARY")).isEqualTo("Child's Plan review \u2014 reference " + reference);
        assertThat(value(first, "DTSTART")).isEqualTo("20270201T093000");
        assertThat(first.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/London");
        assertThat(value(first, "SEQUENCE")).isEqualTo("0");
        assertThat(value(first, "DESCRIPTION")).endsWith("/cases/" + id);

        reviewDue(referral);
        referrals.reviewAtAMeeting(referral, namedPerson, TestReferrals.review("continue", "2027-07-05"));
        Invitation moved = calendar.current(ReviewInvitations.SUBJECT, id, ReviewInvitations.PLAN_REVIEW).orElseThrow();
        VEvent next = eventOf(moved);
        assertThat(value(next, "UID")).isEqualTo(value(first, "UID"));
        assertThat(value(next, "SEQUENCE")).isEqualTo("1");
        assertThat(value(next, "DTSTART")).isEqualTo("20270705T093000");
        assertThat(methodOf(moved)).isEqualTo("REQUEST");

        reviewDue(referral);
        referrals.reviewAtAMeeting(referral, namedPerson, TestReferrals.review("close", null));
        Invitation cancelled = calendar.current(ReviewInvitations.SUBJECT, id, ReviewInvitations.PLAN_REVIEW).orElseThrow();
        VEvent gone = eventOf(cancelled);
        assertThat(methodOf(cancelled)).isEqualTo("CANCEL");
        assertThat(value(gone, "STATUS")).isEqualTo("CANCELLED");
        assertThat(value(gone, "UID")).isEqualTo(value(first, "UID"));
        assertThat(value(gone, "SEQUENCE")).isEqualTo("2");
        people.signInAs(namedPerson);
        try {
            assertThat(reviews.hasComingReview(id)).isFalse();
            assertThat(reviews.download(id)).as("nothing to add to a calendar").isEmpty();
        } finally {
            people.signOut();
        }

        // The Named Person was sent each change with its event: set, moved, cancelled; no more.
        assertThat(jdbc.queryForList("select kind from notification where recipient = ? and calendar_uid = ? order by id",
                String.class, namedPerson, agreed.uid()))
                .containsExactly("CALENDAR_INVITATION", "CALENDAR_INVITATION", "CALENDAR_CANCELLATION");
        assertThat(jdbc.queryForList("select distinct reference from notification where calendar_uid = ?", String.class, agreed.uid()))
                .containsExactly(reference);

        for (Invitation i : List.of(agreed, moved, cancelled)) {
            assertThat(i.text()).doesNotContainIgnoringCase(family).doesNotContain("Ailsa").doesNotContain("Eastfield")
                    .doesNotContain("2016").doesNotContain("20160412");
            assertThat(eventOf(i).getProperty("LOCATION")).as("no place: a school would identify the child").isEmpty();
        }
    }

    @Test
    void aStepDownCancelsThePlanReviewAndIssuesTheLightReview() throws Exception {
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), "Stepdown" + System.nanoTime(), null, "no");
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        referrals.toSingleAgencyPlan(referral, namedPerson);
        long id = concerns.findByProcessInstanceId(referral.getId()).orElseThrow().getId();
        String planUid = calendar.current(ReviewInvitations.SUBJECT, id, ReviewInvitations.PLAN_REVIEW).orElseThrow().uid();

        reviewDue(referral);
        referrals.reviewAtAMeeting(referral, namedPerson, TestReferrals.review("step-down", null));

        Invitation plan = calendar.current(ReviewInvitations.SUBJECT, id, ReviewInvitations.PLAN_REVIEW).orElseThrow();
        assertThat(plan.uid()).isEqualTo(planUid);
        assertThat(plan.method()).isEqualTo("CANCEL");
        Invitation light = calendar.current(ReviewInvitations.SUBJECT, id, ReviewInvitations.LIGHT_REVIEW).orElseThrow();
        assertThat(light.method()).isEqualTo("REQUEST");
        assertThat(light.uid()).isNotEqualTo(planUid);
        assertThat(value(eventOf(light), "SUMMARY")).isEqualTo("Light review \u2014 reference " + String.format("C-%06d", id));

        people.signInAs(namedPerson);
        try {
            assertThat(reviews.hasComingReview(id)).isTrue();
            assertThat(reviews.download(id)).hasValueSatisfying(i -> assertThat(i.uid()).isEqualTo(light.uid()));
            assertThat(accessLog.latestFor(CaseAccess.RECORD_TYPE, id, 1).get(0)).satisfies(a -> {
                assertThat(a.getViewName()).isEqualTo(ReviewInvitations.DOWNLOAD_VIEW);
                assertThat(a.isGranted()).isTrue();
            });
        } finally {
            people.signOut();
        }
    }

    @Test
    void someoneNotOnTheCaseCannotDownloadItsReviewAndTheRefusalIsLogged() {
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), "Refused" + System.nanoTime(), null, "no");
        referrals.toSingleAgencyPlan(referral, people.ensure(Role.NAMED_PERSON));
        long id = concerns.findByProcessInstanceId(referral.getId()).orElseThrow().getId();
        String elsewhere = people.ensureIn("test-calendar-renfrewshire", List.of("renfrewshire"), Role.MANAGER);
        people.signInAs(elsewhere);
        try {
            assertThatThrownBy(() -> reviews.download(id)).isInstanceOf(NoAccessException.class);
            assertThat(accessLog.latestFor(CaseAccess.RECORD_TYPE, id, 1).get(0)).satisfies(a -> {
                assertThat(a.getUserId()).isEqualTo(elsewhere);
                assertThat(a.getViewName()).isEqualTo(ReviewInvitations.DOWNLOAD_VIEW);
                assertThat(a.isGranted()).isFalse();
            });
        } finally {
            people.signOut();
        }
    }
}
