package org.partnerflow.identity;

import org.springframework.security.authentication.AccountStatusException;

/**
 * A sign-in refused for a reason the person can act on (no role mapped yet, marked as having left),
 * said in words meant for them; the login page shows the message as it is.
 */
public class SignInRefused extends AccountStatusException {

    public SignInRefused(String message) {
        super(message);
    }
}
