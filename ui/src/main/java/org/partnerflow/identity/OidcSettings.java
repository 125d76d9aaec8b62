package org.partnerflow.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on with the council's OpenID Connect provider (Entra ID, Keycloak, …),
 * {@code partnerflow.oidc.*} or {@code PARTNERFLOW_OIDC_*}. Off unless {@code issuer-uri} is set.
 *
 * @param issuerUri the provider's issuer; its discovery document is read at start-up
 * @param clientId Partnerflow's client id at the provider
 * @param clientSecret its secret
 * @param groupsClaim the claim listing the person's groups (Entra ID: {@code groups}, or {@code roles} for app roles)
 * @param userIdClaim the claim Partnerflow's user id is taken from (its part before an {@code @}, for a UPN or an email)
 */
@ConfigurationProperties("partnerflow.oidc")
record OidcSettings(String issuerUri, String clientId, String clientSecret, @DefaultValue("groups") String groupsClaim,
        @DefaultValue("preferred_username") String userIdClaim) {

    /** The registration id: the sign-in link is /oauth2/authorization/council, the redirect URI /login/oauth2/code/council. */
    static final String REGISTRATION = "council";
    static final String SIGN_IN_PATH = "/oauth2/authorization/" + REGISTRATION;

    boolean configured() {
        return issuerUri != null && !issuerUri.isBlank();
    }
}
