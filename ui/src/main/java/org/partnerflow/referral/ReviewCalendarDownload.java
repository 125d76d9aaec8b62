package org.partnerflow.referral;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.partnerflow.calendar.CalendarInvitations.Invitation;

/**
 * The case's coming review as an iCalendar file, made when it is asked for (so it is the date in force
 * then, with the UID the mails use, and the taking is logged by {@link ReviewInvitations#download}).
 * Asked again by the download request itself: a link kept open after someone left the team answers
 * 403, a case with no review to come 404, never the event.
 */
public class ReviewCalendarDownload implements DownloadHandler {

    private final ReviewInvitations reviews;
    private final long concernId;

    public ReviewCalendarDownload(ReviewInvitations reviews, long concernId) {
        this.reviews = reviews;
        this.concernId = concernId;
    }

    /** A link that downloads the .ics (saved, so the calendar program opens it). */
    public static Anchor link(ReviewInvitations reviews, long concernId) {
        Anchor link = new Anchor(new ReviewCalendarDownload(reviews, concernId), AttachmentType.DOWNLOAD,
                "Add the review to your calendar (.ics)");
        link.setId("review-calendar");
        return link;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        Optional<Invitation> invitation;
        try {
            invitation = reviews.download(concernId);
        } catch (NoAccessException refused) {
            event.getResponse().setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (invitation.isEmpty()) {
            event.getResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] bytes = invitation.get().bytes();
        event.setFileName(ReviewInvitations.fileName(concernId));
        event.setContentType(invitation.get().contentType());
        event.setContentLength(bytes.length);
        event.getOutputStream().write(bytes);
    }
}
