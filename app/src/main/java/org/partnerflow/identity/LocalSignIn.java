package org.partnerflow.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether people may sign in with a Partnerflow password (the sign-in form and the engine API's
 * Basic authentication), {@code partnerflow.local-sign-in.*}. A council that signs in through its
 * directory turns it off, so a leaver's or a mover's old password opens nothing; one break-glass
 * administrator may keep a password for when the directory is down. That account is a risk to be
 * kept small: a long random password kept offline, used only when single sign-on fails, and its use
 * checked in the access and operation logs.
 *
 * @param enabled whether password sign-in is open to everyone (the default, and the demo's)
 * @param breakGlassUser the one user id whose password is still accepted when it is not; none if blank
 */
@ConfigurationProperties("partnerflow.local-sign-in")
public record LocalSignIn(@DefaultValue("true") boolean enabled, String breakGlassUser) {

    public static final String TURNED_OFF = "Sign in with your council account: signing in with a Partnerflow password is turned off.";

    /** Whether this person may sign in with a password. */
    public boolean allows(String userId) {
        return enabled || (breakGlassUser != null && !breakGlassUser.isBlank() && breakGlassUser.strip().equals(userId));
    }
}
