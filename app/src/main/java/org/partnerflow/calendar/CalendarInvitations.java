package org.partnerflow.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.partnerflow.words.Words;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calendar invitations (RFC 5545) for the occasions a record looks forward to: a Child's Plan review,
 * a light review after step-down, a partnership's meeting or evaluation. A feature says when its
 * occasion is set or moved ({@link #scheduled}) and when it goes ({@link #cancelled}); the event keeps
 * one UID for its whole life, so a calendar that took it updates or removes it. What the page offers
 * for download and what a mail will carry is {@link #current} / {@link #eventFor}.
 *
 * <p>No personal data goes into an event: a feature's summary names the kind of occasion and a
 * reference (C-000123) or a partnership's name, the description is a link to the record, and there is
 * no location (a school would identify the child). Times are Europe/London, with its VTIMEZONE, so a
 * review in June is at 09:30 BST and one in December at 09:30 GMT. This package knows no feature:
 * features call it with their own words.
 */
@Service
@EnableConfigurationProperties(CalendarInvitations.Settings.class)
public class CalendarInvitations {

    /** What a feature's occasion is: whose (type and id), which (the key), and its words and link. */
    public record Occasion(String subjectType, long subjectId, String key, String summary, String link) {
        public Occasion {
            Objects.requireNonNull(subjectType);
            Objects.requireNonNull(key);
            Objects.requireNonNull(summary);
            Objects.requireNonNull(link);
        }
    }

    /**
     * One event as sent: its UID, SEQUENCE and METHOD (REQUEST for a new or moved one, CANCEL for a
     * cancellation), and the whole iCalendar text to attach to a mail or to download. {@code changed}
     * says whether the call that returned it issued, moved or cancelled the event (people are told
     * then), or found it as it stood.
     */
    public record Invitation(String uid, int sequence, String method, String text, boolean changed) {
        public byte[] bytes() {
            return text.getBytes(StandardCharsets.UTF_8);
        }

        /** The MIME type a mail part or a download declares (the method as RFC 6047 asks). */
        public String contentType() {
            return "text/calendar; charset=UTF-8; method=" + method;
        }

        public boolean cancelled() {
            return ImmutableMethod.CANCEL.getValue().equals(method);
        }
    }

    /**
     * {@code partnerflow.calendar.*}: the time and length of an occasion known only by its date
     * (09:30, one hour), and the organiser an invitation names (a mailbox of the service, not a person).
     * The link's base is the mails' ({@code partnerflow.mail.base-url}): one setting for where Partnerflow is reached.
     */
    @ConfigurationProperties("partnerflow.calendar")
    public record Settings(LocalTime defaultTime, Duration defaultDuration, String organiser) {
        public Settings {
            defaultTime = defaultTime == null ? LocalTime.of(9, 30) : defaultTime;
            defaultDuration = defaultDuration == null ? Duration.ofHours(1) : defaultDuration;
            organiser = organiser == null || organiser.isBlank() ? "partnerflow@localhost" : organiser;
        }
    }

    private static final String ZONE_ID = Words.ZONE.getId();

    private final CalendarEvents events;
    private final Settings settings;
    private final Clock clock;
    private final String baseUrl;
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    CalendarInvitations(CalendarEvents events, Settings settings, Clock clock,
                        @org.springframework.beans.factory.annotation.Value("${partnerflow.mail.base-url:http://localhost:8080}") String baseUrl) {
        this.events = events;
        this.settings = settings;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The occasion set or moved to this date, at the default time: the invitation to send (REQUEST). */
    @Transactional
    public Invitation scheduled(Occasion occasion, LocalDate date) {
        return scheduled(occasion, date.atTime(settings.defaultTime()).atZone(Words.ZONE), settings.defaultDuration());
    }

    /**
     * The occasion set or moved to this start: a new event the first time, the same UID one sequence on
     * when the start changed (or it had been cancelled), unchanged when nothing did.
     */
    @Transactional
    public Invitation scheduled(Occasion occasion, ZonedDateTime start, Duration duration) {
        var now = clock.instant();
        var found = events.findBySubjectTypeAndSubjectIdAndEventKey(occasion.subjectType(), occasion.subjectId(), occasion.key());
        if (found.isPresent()) {
            boolean changed = found.get().issue(occasion, start.toInstant(), duration, now);
            return invitation(found.get(), changed, null);
        }
        return invitation(events.save(new CalendarEvent(occasion, start.toInstant(), duration, now)), true, null);
    }

    /** The occasion no longer happens: its cancellation (CANCEL, same UID) if one was issued, else nothing. */
    @Transactional
    public Optional<Invitation> cancelled(String subjectType, long subjectId, String key) {
        var now = clock.instant();
        return events.findBySubjectTypeAndSubjectIdAndEventKey(subjectType, subjectId, key).map(e -> invitation(e, e.cancel(now), null));
    }

    /** The event as it stands (REQUEST, or CANCEL once cancelled), for the page's download. */
    @Transactional(readOnly = true)
    public Optional<Invitation> current(String subjectType, long subjectId, String key) {
        return events.findBySubjectTypeAndSubjectIdAndEventKey(subjectType, subjectId, key).map(e -> invitation(e, false, null));
    }

    /**
     * The event with this UID as it stands, addressed to one attendee (an ATTENDEE line with their mail
     * address, as RFC 6047 asks of an invitation by mail): what a mail attaches.
     */
    @Transactional(readOnly = true)
    public Optional<Invitation> forAttendee(String uid, String address) {
        Objects.requireNonNull(address, "address");
        return events.findByUid(uid).map(e -> invitation(e, false, address));
    }

    /** The same as {@link #current}: the name a mail sender reads best ("the event for this record"). */
    @Transactional(readOnly = true)
    public Optional<Invitation> eventFor(String subjectType, long subjectId, String key) {
        return current(subjectType, subjectId, key);
    }

    private Invitation invitation(CalendarEvent e, boolean changed, String attendee) {
        boolean cancelled = e.getStatus() == CalendarEvent.Status.CANCELLED;
        Method method = cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST;
        ZonedDateTime start = e.getStartsAt().atZone(Words.ZONE);
        String link = baseUrl + e.getLink();

        VEvent event = new VEvent(start, e.getDuration(), e.getSummary());
        event.replace(new DtStamp(e.getUpdatedAt()));
        event.add(new Uid(e.getUid()));
        event.add(new Sequence(e.getSequenceNumber()));
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(new Description("Open the record in Partnerflow: " + link));
        event.add(new Url(URI.create(link)));
        event.add(new Organizer(URI.create("mailto:" + settings.organiser())));
        if (attendee != null) {
            Attendee to = new Attendee(URI.create("mailto:" + attendee));
            to.add(Role.REQ_PARTICIPANT);
            if (!cancelled) {
                to.add(PartStat.NEEDS_ACTION);
            }
            event.add(to);
        }

        VTimeZone london = zones.getTimeZone(ZONE_ID).getVTimeZone();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Partnerflow//Calendar invitations//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        calendar.add(london);
        calendar.add(event);

        StringWriter out = new StringWriter();
        try {
            // Not validated on the way out: the RFC 5546 rules want attendees, which a mail adds, not the download.
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return new Invitation(e.getUid(), e.getSequenceNumber(), method.getValue(), out.toString(), changed);
    }
}
