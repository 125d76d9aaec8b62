package org.partnerflow.referral;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The family's plan as a PDF, made when it is asked for (so the plan is the one in force then, and the
 * taking is logged by {@link FamilyPlans#pdf}). Asked again by the download request itself: a link
 * kept open after someone left the team answers 403, a case with no plan 404, never a PDF.
 */
public class FamilyPlanDownload implements DownloadHandler {

    private final FamilyPlans familyPlans;
    private final long concernId;

    public FamilyPlanDownload(FamilyPlans familyPlans, long concernId) {
        this.familyPlans = familyPlans;
        this.concernId = concernId;
    }

    /** A link that downloads the PDF (saved, not opened in the page). */
    public static Anchor link(FamilyPlans familyPlans, long concernId, String text) {
        Anchor link = new Anchor(new FamilyPlanDownload(familyPlans, concernId), AttachmentType.DOWNLOAD, text);
        link.setId("family-plan-pdf");
        return link;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        Optional<byte[]> pdf;
        try {
            pdf = familyPlans.pdf(concernId);
        } catch (NoAccessException refused) {
            event.getResponse().setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (pdf.isEmpty()) {
            event.getResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        event.setFileName(FamilyPlans.fileName(concernId));
        event.setContentType("application/pdf");
        event.setContentLength(pdf.get().length);
        event.getOutputStream().write(pdf.get());
    }
}
