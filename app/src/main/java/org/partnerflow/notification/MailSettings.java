package org.partnerflow.notification;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the notification mail needs besides Spring's {@code spring.mail.*} (the relay): who mails are
 * from, the address links start with, and how often failed sends are tried again.
 *
 * @param from         the sender's address (PARTNERFLOW_MAIL_FROM)
 * @param baseUrl      where Partnerflow is reached, links are this plus the notification's route (PARTNERFLOW_MAIL_BASE_URL)
 * @param maxAttempts  sends tried before giving up (and listing it for administrators)
 * @param firstRetry   the wait after the first failure; each further failure doubles it
 * @param staleClaim   how long a claimed send may stay unfinished (a node that died while sending) before it is tried again
 * @param digestAt     when the daily digests go, in Scottish time (every node runs it; the claims keep it one mail a person)
 */
@ConfigurationProperties("partnerflow.mail")
record MailSettings(@DefaultValue("partnerflow@localhost") String from,
                    @DefaultValue("http://localhost:8080") String baseUrl,
                    @DefaultValue("6") int maxAttempts,
                    @DefaultValue("PT1M") Duration firstRetry,
                    @DefaultValue("PT10M") Duration staleClaim,
                    @DefaultValue("07:30") LocalTime digestAt) {

    /** The daily digests' schedule as a cron expression (seconds first), for {@link #digestAt}. */
    String digestCron() {
        return "0 %d %d * * *".formatted(digestAt.getMinute(), digestAt.getHour());
    }

    /** The wait before the next try after this many failed attempts (1, 2, 4, 8... times the first). */
    Duration backOff(int failedAttempts) {
        return firstRetry.multipliedBy(1L << Math.min(Math.max(failedAttempts - 1, 0), 20));
    }

    /** The full address of a route of the application. */
    String linkTo(String route) {
        return (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + route;
    }
}
