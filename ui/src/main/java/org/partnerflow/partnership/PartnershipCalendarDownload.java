package org.partnerflow.partnership;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.partnerflow.calendar.CalendarInvitations.Invitation;

/**
 * A partnership's coming meeting or evaluation as an iCalendar file, made when asked for (the date in
 * force then, with the UID mails use); 404 once it no longer comes (the partnership closed).
 */
public class PartnershipCalendarDownload implements DownloadHandler {

    private final PartnershipInvitations invitations;
    private final long partnershipId;
    private final String key;

    PartnershipCalendarDownload(PartnershipInvitations invitations, long partnershipId, String key) {
        this.invitations = invitations;
        this.partnershipId = partnershipId;
        this.key = key;
    }

    /** A link that downloads the .ics, or nothing when there is no such event to come. */
    static Optional<Anchor> link(PartnershipInvitations invitations, long partnershipId, String key, String text) {
        if (invitations.coming(partnershipId, key).isEmpty()) {
            return Optional.empty();
        }
        Anchor link = new Anchor(new PartnershipCalendarDownload(invitations, partnershipId, key), AttachmentType.DOWNLOAD, text);
        link.setId(key + "-calendar");
        return Optional.of(link);
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        Optional<Invitation> invitation = invitations.coming(partnershipId, key);
        if (invitation.isEmpty()) {
            event.getResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] bytes = invitation.get().bytes();
        event.setFileName(PartnershipInvitations.fileName(partnershipId, key));
        event.setContentType(invitation.get().contentType());
        event.setContentLength(bytes.length);
        event.getOutputStream().write(bytes);
    }
}
