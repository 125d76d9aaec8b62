package org.partnerflow.notification;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PreDestroy;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.partnerflow.identity.Refusals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Service;

/**
 * The demo's own mail server (profile {@code demo-mail}, the README's run command): an in-process
 * SMTP server on {@code spring.mail.port} that keeps what it receives, so a newcomer sees on the
 * "Demo mailbox" page what Partnerflow mails. Never for real use: it delivers nothing onwards and
 * forgets all at restart. If the port is taken (a second node on one machine), it stays off and the
 * mail goes to whichever server holds the port.
 */
@Service
@ConditionalOnProperty(name = "partnerflow.mail.demo-mailbox", havingValue = "true")
@HandleAuthorizationDenied(handlerClass = Refusals.class)
public class DemoMailbox {

    private static final Logger log = LoggerFactory.getLogger(DemoMailbox.class);
    /** The most listed, newest first. */
    public static final int MAX_LISTED = 200;

    /** One mail received: when, to whom, its subject and its text. */
    public record Received(Instant at, String to, String subject, String body) {
    }

    private final GreenMail server;
    private final boolean running;

    DemoMailbox(@Value("${spring.mail.port:3025}") int port) {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        boolean started;
        try {
            server.start();
            started = true;
            log.info("Demo mailbox: receiving Partnerflow's mail on port {}", port);
        } catch (RuntimeException portTaken) {
            started = false;
            log.warn("Demo mailbox not started (port {} taken?): {}", port, portTaken.getMessage());
        }
        running = started;
    }

    /** Whether this node's demo server is receiving (false: another held the port). */
    public boolean isRunning() {
        return running;
    }

    /** What the demo server received, newest first (at most {@link #MAX_LISTED}). */
    @PreAuthorize("@permissions.mayAdminister()")
    public List<Received> received() {
        if (!running) {
            return List.of();
        }
        List<Received> all = new ArrayList<>();
        for (MimeMessage m : server.getReceivedMessages()) {
            try {
                Address[] to = m.getAllRecipients();
                all.add(new Received(m.getReceivedDate() == null ? Instant.EPOCH : m.getReceivedDate().toInstant(),
                        to == null ? "" : Arrays.stream(to).map(Address::toString).collect(Collectors.joining(", ")),
                        m.getSubject(), readable(m)));
            } catch (MessagingException | IOException unreadable) {
                log.warn("Demo mailbox: a mail could not be read: {}", unreadable.getClass().getSimpleName());
            }
        }
        java.util.Collections.reverse(all);
        return all.subList(0, Math.min(all.size(), MAX_LISTED));
    }

    /** The plain text as the recipient reads it, then each attachment's name and type (a calendar event). */
    private static String readable(Part part) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart p = parts.getBodyPart(i);
                if (p.getFileName() != null) {
                    text.append("\n[Attached: ").append(p.getFileName()).append(", ").append(p.getContentType().split(";")[0]).append(']');
                } else if (!p.isMimeType("text/html")) {
                    text.insert(0, readable(p));
                }
            }
            return text.toString();
        }
        return part.isMimeType("text/*") ? String.valueOf(part.getContent()) : "";
    }

    @PreDestroy
    void stop() {
        if (running) {
            server.stop();
        }
    }
}
