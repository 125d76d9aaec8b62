package org.partnerflow.referral;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The periods of the changes of hands ({@code partnerflow.referral.*}, ISO 8601): local practice, set
 * per installation.
 *
 * @param formerReadAccess    how long someone who handed a case on may still read it
 * @param transferLapsesAfter how long a proposed transfer waits for the receiving council before it lapses
 */
@ConfigurationProperties("partnerflow.referral")
record ChangeOfHandsPeriods(String formerReadAccess, String transferLapsesAfter) {

    ChangeOfHandsPeriods {
        formerReadAccess = formerReadAccess == null ? "P30D" : formerReadAccess;
        transferLapsesAfter = transferLapsesAfter == null ? "P10D" : transferLapsesAfter;
    }
}
