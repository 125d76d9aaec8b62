package org.partnerflow.partnership;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.partnerflow.calendar.CalendarInvitations;
import org.partnerflow.calendar.CalendarInvitations.Invitation;
import org.partnerflow.calendar.CalendarInvitations.Occasion;
import org.partnerflow.notification.Notifications;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Service;

/**
 * A partnership's coming meeting and evaluation as calendar events, on the dates their timers ("Next
 * meeting due", "Evaluation due") are set for: the interval the meeting protocol agreed from today.
 * A partnership is no person's record, so its events may carry its name; closing cancels both.
 */
@Service
public class PartnershipInvitations {

    /** Whose event: the partnership (its id). */
    public static final String SUBJECT = "partnership";
    /** The partnership's next meeting. */
    public static final String MEETING = "partnership-meeting";
    /** The partnership's next evaluation cycle. */
    public static final String EVALUATION = "partnership-evaluation";

    private final CalendarInvitations calendar;
    private final java.time.Clock clock;
    private final PartnershipMembers members;
    private final Notifications notifications;

    PartnershipInvitations(CalendarInvitations calendar, java.time.Clock clock, PartnershipMembers members, Notifications notifications) {
        this.calendar = calendar;
        this.clock = clock;
        this.members = members;
        this.notifications = notifications;
    }

    /** Today in Europe/London: the day the engine's duration timers count from. */
    private LocalDate today() {
        return LocalDate.now(clock.withZone(Words.ZONE));
    }

    /** The meeting timer is about to be set: its event issued, or moved (same UID) from the last meeting's. */
    Invitation nextMeeting(Partnership partnership, DelegateExecution e) {
        return tell(partnership, calendar.scheduled(meetingOccasion(partnership), today().plus(Period.parse(timers(e).meetingInterval()))));
    }

    /** The lead set the meeting's date on its agenda: the event moves to that day. */
    Invitation meetingOn(Partnership partnership, LocalDate date) {
        return tell(partnership, calendar.scheduled(meetingOccasion(partnership), date));
    }

    private static Occasion meetingOccasion(Partnership partnership) {
        return new Occasion(SUBJECT, partnership.getId(), MEETING, "Partnership meeting \u2014 " + partnership.getName(),
                "/partnerships/" + partnership.getId());
    }

    /** The evaluation timer is about to be set: its event issued, or moved (same UID) from the last cycle's. */
    Invitation nextEvaluation(Partnership partnership, DelegateExecution e) {
        return tell(partnership, calendar.scheduled(new Occasion(SUBJECT, partnership.getId(), EVALUATION,
                "Partnership evaluation due \u2014 " + partnership.getName(), "/partnerships/" + partnership.getId()),
                today().plus(Period.parse(timers(e).evaluationInterval()))));
    }

    /** The partnership closes: its coming meeting and evaluation are cancelled in calendars that took them. */
    void closed(Partnership partnership) {
        calendar.cancelled(SUBJECT, partnership.getId(), MEETING).ifPresent(i -> tell(partnership, i));
        calendar.cancelled(SUBJECT, partnership.getId(), EVALUATION).ifPresent(i -> tell(partnership, i));
    }

    /**
     * The lead and each confirmed partner's contact take part: they are sent the event when it is
     * issued, moved or cancelled (the mail attaches it); nothing when it stands as it was.
     */
    private Invitation tell(Partnership partnership, Invitation invitation) {
        Set<String> people = new LinkedHashSet<>();
        if (partnership.getLead() != null) {
            people.add(partnership.getLead());
        }
        members.findByPartnershipIdOrderByIdAsc(partnership.getId()).stream()
                .filter(m -> m.getStatus() == PartnershipMember.Status.CONFIRMED && m.getContact() != null)
                .forEach(m -> people.add(m.getContact()));
        notifications.tellOfEvent(people, invitation, Partnership.referenceOf(partnership.getId()), "partnerships/" + partnership.getId(), null);
        return invitation;
    }

    /** The event as it stands (a cancellation once closed). */
    public Optional<Invitation> current(long partnershipId, String key) {
        return calendar.current(SUBJECT, partnershipId, key);
    }

    /**
     * The event while it is to come, for the partnership page's download: the page is open to anyone
     * signed in (a partnership is no person's record), so the download asks nothing more.
     */
    public Optional<Invitation> coming(long partnershipId, String key) {
        return current(partnershipId, key).filter(i -> !i.cancelled());
    }

    /** partnership-12-partnership-meeting.ics: the record's number and the occasion. */
    public static String fileName(long partnershipId, String key) {
        return "partnership-" + partnershipId + "-" + key + ".ics";
    }

    private static RecordMeetingProtocol.Timers timers(DelegateExecution e) {
        return Answers.of(e, RecordMeetingProtocol.Timers.class);
    }
}
