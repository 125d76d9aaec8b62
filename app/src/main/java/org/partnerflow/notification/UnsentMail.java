package org.partnerflow.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.partnerflow.identity.People;
import org.partnerflow.identity.Refusals;
import org.partnerflow.words.Words;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For administrators: the notification mails that have not gone (failing and waiting to be tried
 * again, given up, or to someone with no mail address), so a broken relay or a wrong address is seen.
 * Present whether or not mail is configured (with mail off, nothing is ever listed).
 */
@Service
@HandleAuthorizationDenied(handlerClass = Refusals.class)
public class UnsentMail {

    /** The most listed at once (newest first); the rest follow as they are dealt with. */
    public static final int MAX_LISTED = 200;

    /** Where a mail that has not gone stands. */
    public enum State {
        /** Failed and waiting for its next try. */
        RETRYING,
        /** Failed at every attempt: not tried again unless an administrator asks. */
        GAVE_UP,
        /** The person has no mail address recorded. */
        NO_ADDRESS
    }

    /**
     * One mail not sent: to whom (their name), the kind's words, the reference, where it stands,
     * the attempts, the next try (null: none) and the last error's kind.
     */
    public record Unsent(long id, String recipient, String kind, String reference, State state, int attempts, Instant nextTry,
                         String lastError, Instant told) {
    }

    private final JdbcTemplate jdbc;
    private final People people;

    UnsentMail(JdbcTemplate jdbc, People people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    /** Newest first, at most {@link #MAX_LISTED}. */
    @PreAuthorize("@permissions.mayAdminister()")
    @Transactional(readOnly = true)
    public List<Unsent> list() {
        List<Unsent> rows = jdbc.query("""
                select id, recipient, kind, reference, mail_state, mail_attempts, mail_next_at, mail_error, created_at from notification
                where (mail_state = 'PENDING' and mail_attempts > 0) or mail_state in ('GAVE_UP', 'NO_ADDRESS')
                order by created_at desc, id desc fetch first %d rows only""".formatted(MAX_LISTED), (rs, i) -> new Unsent(
                rs.getLong("id"), rs.getString("recipient"), Words.of(Notification.Kind.valueOf(rs.getString("kind"))),
                rs.getString("reference"),
                switch (rs.getString("mail_state")) {
                    case "GAVE_UP" -> State.GAVE_UP;
                    case "NO_ADDRESS" -> State.NO_ADDRESS;
                    default -> State.RETRYING;
                },
                rs.getInt("mail_attempts"), instant(rs.getTimestamp("mail_next_at")), rs.getString("mail_error"),
                instant(rs.getTimestamp("created_at"))));
        var names = people.names(rows.stream().map(Unsent::recipient).toList());
        return rows.stream().map(u -> new Unsent(u.id(), names.getOrDefault(u.recipient(), u.recipient()), u.kind(), u.reference(), u.state(),
                u.attempts(), u.nextTry(), u.lastError(), u.told())).toList();
    }

    /**
     * Tries a given-up mail again (after the relay or the person's address is put right), as if new.
     *
     * @return whether it was given up (false: it had been sent or retried meanwhile, nothing changed)
     */
    @PreAuthorize("@permissions.mayAdminister()")
    @Transactional
    public boolean tryAgain(long id) {
        return jdbc.update("""
                update notification set mail_state = 'PENDING', mail_attempts = 0, mail_next_at = null, version = version + 1
                where id = ? and mail_state in ('GAVE_UP', 'NO_ADDRESS')""", id) == 1;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
