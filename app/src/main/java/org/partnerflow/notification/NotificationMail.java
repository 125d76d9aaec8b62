package org.partnerflow.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.partnerflow.calendar.CalendarInvitations;
import org.partnerflow.calendar.CalendarInvitations.Invitation;
import org.partnerflow.identity.People;
import org.partnerflow.notification.MailTemplates.MailLine;
import org.partnerflow.notification.MailTemplates.MailWords;
import org.partnerflow.notification.NotificationSettings.Delivery;
import org.partnerflow.words.Words;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Service;

/**
 * Mails the stored notifications through the SMTP relay, on whichever nodes run: there only when
 * {@code spring.mail.host} is set (otherwise nothing is mailed and notifications stay in the app).
 *
 * <p>Each notification row is claimed with one conditional update (PENDING to SENDING, row count
 * checked), committed before the mail is sent, so two nodes (or two passes) never send the same
 * mail; a digest claims all of one person's waiting rows in one statement, so they go in one mail.
 * A failed send goes back to PENDING with its attempts, next try (doubling back-off) and the kind of
 * error; one person's bad address holds up no one else. A claim left by a node that died while
 * sending is taken again after {@link MailSettings#staleClaim()}: that mail may then arrive twice,
 * which is better than never.
 */
@Service
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
@EnableScheduling
@EnableConfigurationProperties(MailSettings.class)
public class NotificationMail implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);
    /** The most rows one pass looks at; the next pass takes the rest. */
    private static final int BATCH = 200;
    private static final String DUE_IMMEDIATE = """
            select n.id from notification n
            left join notification_setting s on s.person_id = n.recipient and s.kind = n.kind
            where n.mail_state = 'PENDING' and (n.mail_next_at is null or n.mail_next_at <= ?)
              and (n.kind = ? or s.delivery = 'IMMEDIATE' or (s.delivery is null and n.kind <> ?))
            order by n.id fetch first %d rows only""".formatted(BATCH);
    private static final String DIGEST_ROWS = """
            from notification n left join notification_setting s on s.person_id = n.recipient and s.kind = n.kind
            where n.mail_state = 'PENDING' and n.kind <> ? and (s.delivery = 'DAILY_DIGEST' or (s.delivery is null and n.kind = ?))
            """;

    private final JdbcTemplate jdbc;
    private final JavaMailSender relay;
    private final IdentityService identityService;
    private final MailSettings settings;
    private final Clock clock;
    private final CalendarInvitations calendar;
    private final MailTemplates templates = new MailTemplates();
    /** Names this node in its claims (several nodes: each claim says whose it is). */
    private final String node = "node-" + UUID.randomUUID().toString().substring(0, 8);

    NotificationMail(JdbcTemplate jdbc, JavaMailSender relay, IdentityService identityService, MailSettings settings, Clock clock,
                     CalendarInvitations calendar) {
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.relay = relay;
        this.identityService = identityService;
        this.settings = settings;
        this.clock = clock;
    }

    /** Every half minute (by default): the mails due now, then digests whose send failed and are due again. */
    @Scheduled(initialDelayString = "${partnerflow.mail.every:PT30S}", fixedDelayString = "${partnerflow.mail.every:PT30S}")
    public void sendDueNow() {
        try {
            int taken = sendImmediate();
            int digests = sendDigests(true);
            if (taken + digests > 0) {
                log.info("Mail pass: {} notification(s) taken, {} digest(s) sent again", taken, digests);
            }
        } catch (RuntimeException e) {
            // The next pass tries again; a scheduled task that throws would only be logged by Spring.
            log.warn("Mail pass failed: {}", e.getClass().getSimpleName());
        }
    }

    /** The daily digests at {@code partnerflow.mail.digest-at} (07:30 by default), Scottish time, on every node. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addCronTask(new CronTask(this::sendDailyDigests, new CronTrigger(settings.digestCron(), Words.ZONE)));
    }

    /** One pass of the daily digests (scheduled by {@link #configureTasks}). */
    public void sendDailyDigests() {
        try {
            log.info("Daily digests: {} sent", sendDigests(false));
        } catch (RuntimeException e) {
            log.warn("Digest pass failed: {}", e.getClass().getSimpleName());
        }
    }

    /** One pass over the notifications to mail at once; @return how many it took (sent, failed, or with no address) */
    public int sendImmediate() {
        Instant now = clock.instant();
        releaseStaleClaims(now);
        int taken = 0;
        for (Long id : jdbc.queryForList(DUE_IMMEDIATE, Long.class, Timestamp.from(now), NotificationSettings.ALWAYS_IMMEDIATE.name(),
                NotificationSettings.DIGEST_UNLESS_CHOSEN.name())) {
            String claim = node + "-" + UUID.randomUUID();
            int claimed = jdbc.update("""
                    update notification set mail_state = 'SENDING', mail_claimed_by = ?, mail_claimed_at = ?, version = version + 1
                    where id = ? and mail_state = 'PENDING'""", claim, Timestamp.from(now), id);
            if (claimed == 1) {
                send(claim, false);
                taken++;
            }
        }
        return taken;
    }

    /**
     * One digest mail to each person with notifications waiting for their digest.
     *
     * @param retriesOnly only those whose earlier digest failed and whose next try is due
     * @return how many digests were sent
     */
    public int sendDigests(boolean retriesOnly) {
        Instant now = clock.instant();
        String due = retriesOnly ? " and n.mail_attempts > 0 and n.mail_next_at <= ?" : "";
        String always = NotificationSettings.ALWAYS_IMMEDIATE.name();
        String digestByDefault = NotificationSettings.DIGEST_UNLESS_CHOSEN.name();
        Object[] args = retriesOnly
                ? new Object[] {always, digestByDefault, Timestamp.from(now)}
                : new Object[] {always, digestByDefault};
        List<String> people = jdbc.queryForList("select distinct n.recipient " + DIGEST_ROWS + due, String.class, args);
        int sent = 0;
        for (String person : people) {
            String claim = node + "-" + UUID.randomUUID();
            // One statement claims all the person's waiting rows: a second node's finds none left.
            int claimed = jdbc.update("""
                    update notification set mail_state = 'SENDING', mail_claimed_by = ?, mail_claimed_at = ?, version = version + 1
                    where recipient = ? and mail_state = 'PENDING' and kind <> ? and (kind in
                      (select s.kind from notification_setting s where s.person_id = ? and s.delivery = ?)
                      or (kind = ? and not exists (select 1 from notification_setting s where s.person_id = ? and s.kind = ?)))""",
                    claim, Timestamp.from(now), person, always, person, Delivery.DAILY_DIGEST.name(), digestByDefault, person, digestByDefault);
            if (claimed > 0 && send(claim, true)) {
                sent++;
            }
        }
        return sent;
    }

    /** Sends what this claim holds (one notification, or one person's digest) and records how it went. */
    private boolean send(String claim, boolean digest) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select id, recipient, kind, reference, link, mail_attempts, calendar_uid from notification
                where mail_claimed_by = ? and mail_state = 'SENDING' order by created_at, id""", claim);
        if (rows.isEmpty()) {
            return false;
        }
        String recipient = (String) rows.get(0).get("recipient");
        User user = identityService.createUserQuery().userId(recipient).singleResult();
        if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
            finish(claim, "NO_ADDRESS", null);
            return false;
        }
        List<MailLine> lines = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            lines.add(new MailLine(Words.of(Notification.Kind.valueOf((String) row.get("kind"))), (String) row.get("reference"),
                    settings.linkTo((String) row.get("link"))));
        }
        MailWords words = new MailWords(People.fullName(user), lines);
        MailTemplates.Mail mail = digest ? templates.digest(words) : templates.single(words);
        try {
            String address = new InternetAddress(user.getEmail(), true).getAddress();
            MimeMessage message = relay.createMimeMessage();
            MimeMessageHelper parts = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
            parts.setFrom(settings.from());
            parts.setTo(address);
            parts.setSubject(mail.subject());
            parts.setText(mail.body(), mail.html());
            attachCalendarEvents(parts, rows, address);
            relay.send(message);
        } catch (Exception e) {
            failed(claim, ((Number) rows.get(0).get("mail_attempts")).intValue() + 1, e);
            return false;
        }
        finish(claim, "SENT", clock.instant());
        return true;
    }

    /**
     * Each calendar event the mail tells of, as it stands now (a later move is the newer sequence),
     * addressed to this attendee: a calendar program offers to add, update or remove it.
     */
    private void attachCalendarEvents(MimeMessageHelper parts, List<Map<String, Object>> rows, String address) throws MessagingException {
        Set<String> uids = new LinkedHashSet<>();
        rows.stream().map(r -> (String) r.get("calendar_uid")).filter(Objects::nonNull).forEach(uids::add);
        int n = 0;
        for (String uid : uids) {
            Optional<Invitation> invitation = calendar.forAttendee(uid, address);
            if (invitation.isPresent()) {
                n++;
                String name = uids.size() == 1 ? "invite.ics" : "invite-" + n + ".ics";
                parts.addAttachment(name, new ByteArrayResource(invitation.get().bytes()), invitation.get().contentType());
            }
        }
    }

    private void finish(String claim, String state, Instant mailedAt) {
        jdbc.update("""
                update notification set mail_state = ?, mailed_at = ?, mail_next_at = null, version = version + 1
                where mail_claimed_by = ? and mail_state = 'SENDING'""", state, mailedAt == null ? null : Timestamp.from(mailedAt), claim);
    }

    /** Back to waiting with the next try later, or given up after the last attempt. */
    private void failed(String claim, int attempts, Exception e) {
        boolean giveUp = attempts >= settings.maxAttempts();
        Instant next = giveUp ? null : clock.instant().plus(settings.backOff(attempts));
        // The kind of error only: a relay's message may quote the address, which is personal data too.
        String error = e.getClass().getSimpleName();
        jdbc.update("""
                update notification set mail_state = ?, mail_attempts = ?, mail_next_at = ?, mail_error = ?, version = version + 1
                where mail_claimed_by = ? and mail_state = 'SENDING'""",
                giveUp ? "GAVE_UP" : "PENDING", attempts, next == null ? null : Timestamp.from(next), error, claim);
        log.warn("Mail not sent (attempt {}{}): {}", attempts, giveUp ? ", giving up" : "", error);
    }

    /** Claims a node took and never finished (it stopped while sending) are tried again. */
    private void releaseStaleClaims(Instant now) {
        jdbc.update("update notification set mail_state = 'PENDING', version = version + 1 where mail_state = 'SENDING' and mail_claimed_at < ?",
                Timestamp.from(now.minus(settings.staleClaim())));
    }
}
