package org.partnerflow.referral;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When concerns about one child are accumulating ({@code partnerflow.referral.accumulating-concerns.*}):
 * local practice, set per installation.
 *
 * @param window    how far back concerns count (ISO 8601, P7D)
 * @param threshold how many different people raising concerns within the window is a pattern (2)
 */
@ConfigurationProperties("partnerflow.referral.accumulating-concerns")
record AccumulatingConcernsRule(String window, Integer threshold) {

    AccumulatingConcernsRule {
        window = window == null ? "P7D" : window;
        threshold = threshold == null ? 2 : threshold;
    }
}
