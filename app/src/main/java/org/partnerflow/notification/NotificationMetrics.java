package org.partnerflow.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Notification mails not (yet) sent, for whoever runs the service
 * ({@code partnerflow.notifications.unsent}, tagged {@code state}): {@code waiting} (not tried yet,
 * or being sent), {@code retrying} (failed, to be tried again), {@code gave_up} and
 * {@code no_address} (listed for administrators on the unsent mail page). A broken relay shows as
 * retrying and gave_up climbing. With mail off nothing is sent, so waiting only grows. Counted when read.
 */
@Component
class NotificationMetrics {

    /** Each state's condition on the notification table's mail columns (V26). */
    static final Map<String, String> STATES = Map.of(
            "waiting", "(mail_state = 'PENDING' and mail_attempts = 0) or mail_state = 'SENDING'",
            "retrying", "mail_state = 'PENDING' and mail_attempts > 0",
            "gave_up", "mail_state = 'GAVE_UP'",
            "no_address", "mail_state = 'NO_ADDRESS'");

    private final ObjectProvider<JdbcTemplate> jdbc;

    // The gauges hold this bean weakly; the context holds it for as long as it runs.
    NotificationMetrics(MeterRegistry registry, ObjectProvider<JdbcTemplate> jdbc) {
        this.jdbc = jdbc;
        STATES.forEach((state, condition) -> Gauge.builder("partnerflow.notifications.unsent", this,
                        m -> m.jdbc.getObject().queryForObject("select count(*) from notification where " + condition, Long.class))
                .tag("state", state)
                .description("Notification mails not sent, by where they stand")
                .register(registry));
    }
}
