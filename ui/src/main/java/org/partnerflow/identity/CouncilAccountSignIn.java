package org.partnerflow.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A sign-in with a council account: the provider's ID token (and user info) read as
 * {@link DirectoryAccountDetails} and handed to {@link DirectorySignIn}, which feeds the engine's
 * identity. The signed-in person's authorities are their engine groups, as after a password
 * sign-in, so views, services and the engine see no difference. A refusal (no role mapped, left)
 * goes back to the login page with its words.
 */
class CouncilAccountSignIn extends OidcUserService {

    private final DirectorySignIn directorySignIn;
    private final OidcSettings settings;

    CouncilAccountSignIn(DirectorySignIn directorySignIn, OidcSettings settings) {
        this.directorySignIn = directorySignIn;
        this.settings = settings;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser provided = super.loadUser(request);
        Map<String, Object> claims = provided.getClaims();
        String userId = userId(claims.get(settings.userIdClaim()));
        Authentication signedIn;
        try {
            signedIn = directorySignIn.signIn(new DirectoryAccountDetails(DirectoryAccountDetails.Source.OIDC, provided.getSubject(), userId,
                    provided.getGivenName(), provided.getFamilyName(), provided.getEmail(), groups(claims.get(settings.groupsClaim()))));
        } catch (SignInRefused refused) {
            throw new OAuth2AuthenticationException(new OAuth2Error("access_denied", refused.getMessage(), null), refused.getMessage(), refused);
        }
        // Named by the engine user id, whatever the claim held: the name every task, case and log shows.
        Map<String, Object> named = new java.util.HashMap<>(provided.getUserInfo() == null ? Map.of() : provided.getUserInfo().getClaims());
        named.put("sub", provided.getSubject());
        named.put(PARTNERFLOW_USER_ID, signedIn.getName());
        return new DefaultOidcUser(signedIn.getAuthorities(), provided.getIdToken(),
                new org.springframework.security.oauth2.core.oidc.OidcUserInfo(named), PARTNERFLOW_USER_ID);
    }

    /** The user-info claim the signed-in principal is named by: the engine user id. */
    static final String PARTNERFLOW_USER_ID = "partnerflow_user_id";

    /** A UPN or email (jane.smith@council.gov.uk) gives its part before the @: the engine's user ids have none. */
    static String userId(Object claim) {
        if (claim == null) {
            return null;
        }
        String value = claim.toString().strip();
        int at = value.indexOf('@');
        return at > 0 ? value.substring(0, at) : value;
    }

    /** A list claim, or one value, or a space- or comma-separated string (some providers send roles so). */
    static List<String> groups(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().filter(java.util.Objects::nonNull).map(Object::toString).toList();
        }
        if (claim instanceof String value && !value.isBlank()) {
            return List.of(value.strip().split("[\\s,]+"));
        }
        return List.of();
    }
}
