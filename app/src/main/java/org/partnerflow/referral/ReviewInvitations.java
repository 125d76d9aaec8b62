package org.partnerflow.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.partnerflow.calendar.CalendarInvitations;
import org.partnerflow.calendar.CalendarInvitations.Invitation;
import org.partnerflow.calendar.CalendarInvitations.Occasion;
import org.partnerflow.notification.Notifications;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case's reviews as calendar events: the Child's Plan's review (held at a team-around-the-child
 * review meeting, the case's one future meeting: meetings themselves are recorded after they are held)
 * and, once stepped down, the Named Person's light review. The words name the occasion and the case's
 * reference (C-000123) only, never the child, and the link opens the case page, where access is checked.
 */
@Service
public class ReviewInvitations {

    /** Whose event: the case (its wellbeing concern's id). */
    public static final String SUBJECT = "case";
    /** The Child's Plan's next review. */
    public static final String PLAN_REVIEW = "childs-plan-review";
    /** The light review of a stepped-down case. */
    public static final String LIGHT_REVIEW = "step-down-review";

    /** The access log's view for a downloaded review event. */
    public static final String DOWNLOAD_VIEW = "review-calendar";

    private final CalendarInvitations calendar;
    private final CaseAccess access;
    private final Notifications notifications;

    ReviewInvitations(CalendarInvitations calendar, CaseAccess access, Notifications notifications) {
        this.calendar = calendar;
        this.access = access;
        this.notifications = notifications;
    }

    /** The case's reference, as the notifications say it. */
    static String reference(long concernId) {
        return WellbeingConcern.referenceOf(concernId);
    }

    /** The plan's review set or moved: its invitation (a moved one keeps its UID); a light review no longer stands. */
    Invitation planReviewOn(WellbeingConcern concern, LocalDate date) {
        calendar.cancelled(SUBJECT, concern.getId(), LIGHT_REVIEW).ifPresent(i -> tell(concern, i));
        return tell(concern, calendar.scheduled(new Occasion(SUBJECT, concern.getId(), PLAN_REVIEW,
                "Child's Plan review \u2014 reference " + reference(concern.getId()), "/cases/" + concern.getId()), date));
    }

    /** Stepped down (or a light review held and another set): the plan's review goes, the light review is set or moved. */
    Invitation lightReviewOn(WellbeingConcern concern, LocalDate date) {
        calendar.cancelled(SUBJECT, concern.getId(), PLAN_REVIEW).ifPresent(i -> tell(concern, i));
        return tell(concern, calendar.scheduled(new Occasion(SUBJECT, concern.getId(), LIGHT_REVIEW,
                "Light review \u2014 reference " + reference(concern.getId()), "/cases/" + concern.getId()), date));
    }

    /** No review follows (the case closes, is escalated, or ends its light reviews): both are cancelled if issued. */
    void noReview(WellbeingConcern concern) {
        calendar.cancelled(SUBJECT, concern.getId(), PLAN_REVIEW).ifPresent(i -> tell(concern, i));
        calendar.cancelled(SUBJECT, concern.getId(), LIGHT_REVIEW).ifPresent(i -> tell(concern, i));
    }

    /**
     * The case's Named Person and Lead Professional hold its reviews: they are sent the event when it is
     * issued, moved or cancelled (the mail attaches it); nothing when it stands as it was.
     */
    private Invitation tell(WellbeingConcern concern, Invitation invitation) {
        List<String> holders = Stream.of(concern.getNamedPerson(), concern.getLeadProfessional()).filter(Objects::nonNull).distinct().toList();
        notifications.tellOfEvent(holders, invitation, reference(concern.getId()), "cases/" + concern.getId(), null);
        return invitation;
    }

    /**
     * The case's coming review (the plan's, else the light review) as an iCalendar event, for the
     * signed-in person: opened as the case is, so a refusal is logged ({@value #DOWNLOAD_VIEW}) and the
     * taking too; empty when no review is to come (closed, escalated, or none set yet).
     *
     * @throws NoAccessException if they may not open the case (or there is no such case)
     */
    @Transactional
    public Optional<Invitation> download(long concernId) {
        access.open(concernId, DOWNLOAD_VIEW);
        return coming(concernId);
    }

    /** Whether the case has a review to come in calendars: the page offers its download then (the page checked access). */
    @Transactional(readOnly = true)
    public boolean hasComingReview(long concernId) {
        return coming(concernId).isPresent();
    }

    /** C-000123-review.ics: the reference only, as the event itself. */
    public static String fileName(long concernId) {
        return reference(concernId) + "-review.ics";
    }

    private Optional<Invitation> coming(long concernId) {
        return calendar.current(SUBJECT, concernId, PLAN_REVIEW).filter(i -> !i.cancelled())
                .or(() -> calendar.current(SUBJECT, concernId, LIGHT_REVIEW).filter(i -> !i.cancelled()));
    }
}
