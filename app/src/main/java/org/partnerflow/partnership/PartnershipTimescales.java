package org.partnerflow.partnership;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long partners have before a reminder, as ISO-8601 durations: configuration, not code.
 *
 * @param roleReminder after how long an unanswered request to confirm a role is reminded (default five days)
 */
@ConfigurationProperties("partnerflow.partnership")
public record PartnershipTimescales(String roleReminder) {

    public PartnershipTimescales {
        roleReminder = roleReminder == null ? "P5D" : roleReminder;
    }
}
