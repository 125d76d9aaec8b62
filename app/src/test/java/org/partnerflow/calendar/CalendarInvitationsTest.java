package org.partnerflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.calendar.CalendarInvitations.Invitation;
import org.partnerflow.calendar.CalendarInvitations.Occasion;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 19 item 4: an occasion's iCalendar event, parsed back with ical4j: its UID, SEQUENCE, METHOD
 * and STATUS, and DTSTART in Europe/London (TZID and a VTIMEZONE) in summer time and in winter.
 */
class CalendarInvitationsTest extends PartnerflowSpringTest {

    @Autowired
    CalendarInvitations invitations;

    private static long nextSubject = System.nanoTime();

    private static Occasion occasion() {
        return new Occasion("test", nextSubject++, "test-review", "Test review \u2014 reference T-1", "/test/1");
    }

    static Calendar parse(Invitation invitation) throws Exception {
        return new CalendarBuilder().build(new StringReader(invitation.text()));
    }

    static VEvent eventOf(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").get(0);
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    @Test
    void aDateInSummerIsAt0930BritishSummerTimeWithItsZone() throws Exception {
        Invitation invitation = invitations.scheduled(occasion(), LocalDate.of(2027, 6, 14));
        Calendar calendar = parse(invitation);
        VEvent event = eventOf(calendar);

        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        assertThat(invitation.method()).isEqualTo("REQUEST");
        assertThat(value(event, "UID")).isEqualTo(invitation.uid()).endsWith("@partnerflow");
        assertThat(value(event, "SEQUENCE")).isEqualTo("0");
        assertThat(value(event, "STATUS")).isEqualTo("CONFIRMED");
        DtStart<?> start = event.getProperty("DTSTART").map(p -> (DtStart<?>) p).orElseThrow();
        assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/London");
        assertThat(value(event, "DTSTART")).isEqualTo("20270614T093000");
        assertThat(ZonedDateTime.from(start.getDate()).toInstant())
                .isEqualTo(ZonedDateTime.of(2027, 6, 14, 8, 30, 0, 0, ZoneId.of("UTC")).toInstant());
        assertThat(value(event, "DURATION")).isEqualTo("PT1H");
        assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).singleElement()
                .satisfies(tz -> assertThat(tz.getProperty("TZID").orElseThrow().getValue()).isEqualTo("Europe/London"));
        assertThat(value(event, "DESCRIPTION")).isEqualTo("Open the record in Partnerflow: http://localhost:8080/test/1");
        assertThat(event.getProperty("LOCATION")).isEmpty();
        assertThat(invitation.contentType()).isEqualTo("text/calendar; charset=UTF-8; method=REQUEST");
    }

    @Test
    void aDateInWinterIsAt0930GreenwichMeanTime() throws Exception {
        Invitation invitation = invitations.scheduled(occasion(), LocalDate.of(2027, 1, 11));
        VEvent event = eventOf(parse(invitation));

        DtStart<?> start = event.getProperty("DTSTART").map(p -> (DtStart<?>) p).orElseThrow();
        assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/London");
        assertThat(value(event, "DTSTART")).isEqualTo("20270111T093000");
        assertThat(ZonedDateTime.from(start.getDate()).toInstant())
                .isEqualTo(ZonedDateTime.of(2027, 1, 11, 9, 30, 0, 0, ZoneId.of("UTC")).toInstant());
    }

    @Test
    void aMovedDateKeepsTheUidOneSequenceOnAndAnUnchangedOneIsTheSame() throws Exception {
        Occasion occasion = occasion();
        Invitation first = invitations.scheduled(occasion, LocalDate.of(2027, 3, 1));
        Invitation again = invitations.scheduled(occasion, LocalDate.of(2027, 3, 1));
        Invitation moved = invitations.scheduled(occasion, LocalDate.of(2027, 4, 5));

        assertThat(again.uid()).isEqualTo(first.uid());
        assertThat(again.sequence()).isZero();
        VEvent event = eventOf(parse(moved));
        assertThat(value(event, "UID")).isEqualTo(first.uid());
        assertThat(value(event, "SEQUENCE")).isEqualTo("1");
        assertThat(value(event, "DTSTART")).isEqualTo("20270405T093000");
        assertThat(parse(moved).getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        assertThat(invitations.current(occasion.subjectType(), occasion.subjectId(), occasion.key()).orElseThrow().text())
                .isEqualTo(moved.text());
    }

    @Test
    void aCancelledOneIsSentAsItsCancellationWithTheSameUid() throws Exception {
        Occasion occasion = occasion();
        Invitation first = invitations.scheduled(occasion, ZonedDateTime.of(2027, 5, 3, 14, 0, 0, 0, ZoneId.of("Europe/London")),
                Duration.ofMinutes(90));
        Invitation cancelled = invitations.cancelled(occasion.subjectType(), occasion.subjectId(), occasion.key()).orElseThrow();

        Calendar calendar = parse(cancelled);
        VEvent event = eventOf(calendar);
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(value(event, "UID")).isEqualTo(first.uid());
        assertThat(value(event, "SEQUENCE")).isEqualTo("1");
        assertThat(value(event, "STATUS")).isEqualTo("CANCELLED");
        assertThat(value(event, "DTSTART")).isEqualTo("20270503T140000");
        // Cancelling again sends nothing new; the download still says it is cancelled.
        assertThat(invitations.cancelled(occasion.subjectType(), occasion.subjectId(), occasion.key()).orElseThrow().sequence())
                .isEqualTo(1);
        assertThat(invitations.eventFor(occasion.subjectType(), occasion.subjectId(), occasion.key()).orElseThrow().method())
                .isEqualTo("CANCEL");
        // Set again: the same event, back on, one sequence further.
        Invitation back = invitations.scheduled(occasion, LocalDate.of(2027, 5, 10));
        assertThat(back.uid()).isEqualTo(first.uid());
        assertThat(back.sequence()).isEqualTo(2);
        assertThat(back.method()).isEqualTo("REQUEST");
    }

    @Test
    void nothingIssuedHasNothingToCancelOrDownload() {
        assertThat(invitations.cancelled("test", -1, "test-review")).isEmpty();
        assertThat(invitations.current("test", -1, "test-review")).isEmpty();
    }
}
