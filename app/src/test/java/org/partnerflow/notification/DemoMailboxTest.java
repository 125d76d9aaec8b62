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
            assertThat(mailbox.received()).extracting(DemoMailbox.Received::subject)
                    .containsExactly("second \u2014 reference C-000002", "first \u2014 reference C-000001");
            assertThat(mailbox.received().get(0)).satisfies(r -> {
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
