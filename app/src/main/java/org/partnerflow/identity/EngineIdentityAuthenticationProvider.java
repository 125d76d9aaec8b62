package org.partnerflow.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.partnerflow.workflow.PartnerflowEnginePlugin;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Signs people in against the engine's identity service, the one store of users and groups:
 * Spring Security, task candidate groups and the Camunda webapps all read it. Passwords are
 * stored salted and hashed by the engine (SHA-512). A sign-in through the council's directory
 * (OpenID Connect, LDAP) feeds the same store ({@link DirectorySignIn}) and ends in the same
 * {@link #signedIn} authentication; its people have no password, so here they are a wrong password.
 * A person marked as having left is refused after the password check, and with password sign-in
 * turned off ({@link LocalSignIn}) everyone but the break-glass administrator is.
 *
 * <p>Repeated failures pause sign-in for the name (the engine's throttling, configured in
 * application.yml); a sign-in during the pause is refused with a {@link LockedException} that says
 * how long to wait. Only names that exist are paused, so the message tells a prober a name exists:
 * accepted, as user names here are not secret (they appear on every task and case).
 */
@Component
@EnableConfigurationProperties(LocalSignIn.class)
public class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final DirectoryAccounts accounts;
    private final LocalSignIn localSignIn;

    EngineIdentityAuthenticationProvider(IdentityService identityService, DirectoryAccounts accounts, LocalSignIn localSignIn) {
        this.identityService = identityService;
        this.accounts = accounts;
        this.localSignIn = localSignIn;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        // Every password door comes here (the sign-in form, the engine API's Basic authentication).
        if (!localSignIn.allows(userId)) {
            throw new SignInRefused(LocalSignIn.TURNED_OFF);
        }
        pausedUntil(userId).ifPresent(until -> {
            throw new LockedException(pauseMessage(until));
        });
        if (userId == null || userId.isBlank() || credentials == null || !hasPassword(userId)
                || !identityService.checkPassword(userId, credentials.toString())) {
            throw new BadCredentialsException("Wrong user name or password");
        }
        // After the password check: a wrong password says no more about a leaver than about anyone.
        if (accounts.findById(userId).filter(DirectoryAccount::hasLeft).isPresent()) {
            throw new SignInRefused(DirectorySignIn.LEFT);
        }
        return signedIn(userId);
    }

    /**
     * The authentication of a person whose identity is already established: after the password check
     * above, and for the demo data, which acts as its demo people ({@code referral.DemoTeamAroundTheChild}).
     * Their engine groups are their roles.
     */
    Authentication signedIn(String userId) {
        List<SimpleGrantedAuthority> authorities = identityService.createGroupQuery().groupMember(userId).listPage(0, PartnerflowEnginePlugin.QUERY_MAX_RESULTS)
                .stream()
                .map(Group::getId)
                .map(id -> new SimpleGrantedAuthority("ROLE_" + id))
                .toList();
        var principal = new org.springframework.security.core.userdetails.User(userId, "", authorities);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }

    /**
     * When the engine pauses sign-in for this name after failed attempts (application.yml,
     * {@code login-delay-*}), the moment the pause ends. Checked before the password so that a right
     * password during the pause is refused with this reason, not as a wrong password.
     */
    private Optional<Instant> pausedUntil(String userId) {
        if (userId == null || userId.isBlank()) {
            return Optional.empty();
        }
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user instanceof UserEntity stored && stored.getLockExpirationTime() != null
                && stored.getLockExpirationTime().after(ClockUtil.getCurrentTime())) {
            return Optional.of(stored.getLockExpirationTime().toInstant());
        }
        return Optional.empty();
    }

    /**
     * Someone who signs in through the council's directory has no password in the engine (whose check
     * would fail on it with an error): to a password sign-in they are a wrong password.
     */
    private boolean hasPassword(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user == null || user.getPassword() != null;
    }

    private static String pauseMessage(Instant until) {
        long millis = Duration.between(ClockUtil.getCurrentTime().toInstant(), until).toMillis();
        long seconds = Math.max(1, (millis + 999) / 1000);
        long minutes = (seconds + 59) / 60;
        String wait = seconds < 60 ? seconds + " seconds" : minutes == 1 ? "1 minute" : minutes + " minutes";
        return "Too many failed sign-ins with this user name. Sign-in is paused: try again in " + wait + ".";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
