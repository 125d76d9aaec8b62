package org.partnerflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The demo's own mail server keeps what is sent to it, newest first; a port already taken leaves it off, not the application. */
class DemoMailboxTest {

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void whatIsMailedToItIsListedNewestFirst() throws Exception {
        int port = freePort();
        DemoMailbox mailbox = new DemoMailbox(port);
        try {
            assertThat(mailbox.isRunning()).isTrue();
            JavaMailSenderImpl relay = new JavaMailSenderImpl();
            relay.setHost("localhost");
            relay.setPort(port);
            relay.setDefaultEncoding("UTF-8");
            for (String subject : new String[] {"first \u2014 reference C-000001", "second \u2014 reference C-000002"}) {
                SimpleMailMessage m = new SimpleMailMessage();
                m.setFrom("partnerflow@demo.invalid");
                m.setTo("iain.macleod@example.org");
                m.setSubject(subject);
                m.setText("Dear Iain MacLeod,\n" + subject);
                relay.send(m);
            }
            // As Partnerflow mails: text and HTML alternatives, and a calendar event attached.
            var mime = relay.createMimeMessage();
            var parts = new org.springframework.mail.javamail.MimeMessageHelper(mime, true, "UTF-8");
            parts.setFrom("partnerflow@demo.invalid");
            parts.setTo("iain.macleod@example.org");
            parts.setSubject("third \u2014 reference C-000003");
            parts.setText("Dear Iain MacLeod,\nthe plain words", "<p>Dear Iain MacLeod, <b>the HTML words</b></p>");
            parts.addAttachment("invite.ics", new org.springframework.core.io.ByteArrayResource("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)), "text/calendar; charset=UTF-8; method=REQUEST");
            relay.send(mime);
            assertThat(mailbox.received().get(0)).satisfies(r -> {
                assertThat(r.subject()).isEqualTo("third \u2014 reference C-000003");
                assertThat(r.body()).contains("the plain words").doesNotContain("the HTML words").doesNotContain("Multipart")
                        .contains("[Attached: invite.ics, text/calendar]");
            });
            assertThat(mailbox.received()).extracting(DemoMailbox.Received::subject)
                    .containsSubsequence("second \u2014 reference C-000002", "first \u2014 reference C-000001");
            assertThat(mailbox.received().get(1)).satisfies(r -> {
                assertThat(r.to()).isEqualTo("iain.macleod@example.org");
                assertThat(r.body()).contains("Dear Iain MacLeod");
            });
        } finally {
            mailbox.stop();
        }
    }

    @Test
    void aPortAlreadyTakenLeavesTheMailboxOffAndTheApplicationRunning() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            DemoMailbox mailbox = new DemoMailbox(taken.getLocalPort());
            assertThat(mailbox.isRunning()).isFalse();
            assertThat(mailbox.received()).isEmpty();
            mailbox.stop();
        }
    }
}
