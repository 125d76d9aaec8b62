package org.partnerflow.referral;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link FamilyPlan} as a PDF a family can keep, read aloud or print: {@link FamilyPlanHtml}'s
 * document laid out by openhtmltopdf on PDFBox, tagged for PDF/UA (headings, lists and the table in
 * the structure tree, the language and title set) and marked PDF/A-2a, with Liberation Sans embedded
 * (SIL Open Font License 1.1, bundled under {@code fonts/liberation} with its licence): PDF/UA allows
 * no font that is not embedded, and a reader's substitute font would not match the layout.
 */
final class FamilyPlanPdf {

    /** A4 with margins, and page numbers (laid out as artefacts, outside the structure tree). */
    private static final String PAPER_CSS = """
            @page { size: A4; margin: 18mm 18mm 20mm 18mm;
                    @bottom-center { content: "Page " counter(page) " of " counter(pages);
                                     font-family: 'Liberation Sans'; font-size: 9pt; } }
            body { margin: 0; }
            """;
    private static final String FONT_FAMILY = "Liberation Sans";
    private static final byte[] REGULAR = font("LiberationSans-Regular.ttf");
    private static final byte[] BOLD = font("LiberationSans-Bold.ttf");
    /** PDF/A needs an output intent; the JDK's own sRGB profile, the colours the CSS names. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private static final Logger LOG = LoggerFactory.getLogger(FamilyPlanPdf.class);

    static {
        // The renderer's own log lines can quote the document (a glyph it lacks, a word it could not fit):
        // they are off, and its diagnostics are logged below by their id only. No personal data in logs.
        XRLog.setLoggingEnabled(false);
    }

    private FamilyPlanPdf() {
    }

    static byte[] of(FamilyPlan plan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withDiagnosticConsumer(FamilyPlanPdf::logWithoutContent);
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfAConformance.PDFA_2_A);
        builder.useColorProfile(SRGB);
        builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        // Nothing outside the document is loaded: it names no image, stylesheet or font by address.
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.withProducer("Partnerflow");
        builder.withW3cDocument(FamilyPlanHtml.document(plan, PAPER_CSS), "/");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The family's plan could not be laid out as a PDF", e);
        }
        return out.toByteArray();
    }

    private static void logWithoutContent(Diagnostic diagnostic) {
        if (diagnostic.getLevel().intValue() >= Level.WARNING.intValue()) {
            LOG.warn("Laying out a family's plan: {}", diagnostic.getLogMessageId());
        }
    }

    private static byte[] font(String file) {
        try (InputStream in = FamilyPlanPdf.class.getResourceAsStream("/fonts/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The bundled font " + file + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
