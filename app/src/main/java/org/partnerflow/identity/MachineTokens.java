package org.partnerflow.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.annotation.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Machines on {@code /engine-rest} sign in with a bearer token from the council's identity provider
 * (OAuth 2 client credentials), when {@code partnerflow.oidc.issuer-uri} is set: the same provider as
 * browser sign-in. The token's subject (for client credentials, the client id) names a service account,
 * an engine user an administrator created and put in groups: its groups are its roles, exactly as a
 * person's, so the one permission policy applies to machines unchanged. A token whose subject is no
 * engine user, or one marked as having left, is refused (401), as is one not signed by the provider, expired, of another issuer or
 * (if {@code partnerflow.engine-rest.audience} is set) for another audience.
 *
 * <p>The provider's keys are fetched at the first token, not at start-up, so Partnerflow starts while
 * the provider is briefly down; until it answers, a token is answered 503 (try again), not 401.
 */
@Component
class MachineTokens {

    private static final Logger log = LoggerFactory.getLogger(MachineTokens.class);

    private final Optional<JwtDecoder> decoder;
    private final IdentityService identityService;
    private final EngineIdentityAuthenticationProvider engineIdentity;
    private final DirectoryAccounts accounts;

    MachineTokens(@Value("${partnerflow.oidc.issuer-uri:}") String issuerUri, EngineRestSettings settings,
            IdentityService identityService, EngineIdentityAuthenticationProvider engineIdentity, DirectoryAccounts accounts) {
        this.decoder = issuerUri.isBlank() ? Optional.empty() : Optional.of(decoder(issuerUri.strip(), settings));
        this.identityService = identityService;
        this.engineIdentity = engineIdentity;
        this.accounts = accounts;
    }

    /** Whether bearer tokens are accepted at all (an issuer is configured). */
    boolean accepted() {
        return decoder.isPresent();
    }

    /** Lets the chain accept bearer tokens, if an issuer is configured; without one a bearer token is no credential (401). */
    void acceptOn(HttpSecurity http) throws Exception {
        if (decoder.isEmpty()) {
            return;
        }
        BearerTokenAuthenticationEntryPoint refused = new BearerTokenAuthenticationEntryPoint();
        AuthenticationFailureHandler failed = (request, response, exception) -> {
            if (exception instanceof AuthenticationServiceException) {
                // The provider could not be asked for its keys: not the caller's fault, and worth retrying.
                log.warn("A bearer token on the engine REST API could not be checked: {}", exception.getMessage());
                providerUnreachable(response);
            } else {
                refused.commence(request, response, exception);
            }
        };
        http.oauth2ResourceServer(tokens -> tokens
                .jwt(jwt -> jwt.decoder(decoder.get()).jwtAuthenticationConverter(this::serviceAccount))
                .authenticationEntryPoint(refused)
                .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                    @Override
                    public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(failed);
                        return filter;
                    }
                }));
    }

    /** The token's service account, with its engine groups as its roles; no such engine user, no sign-in. */
    AbstractAuthenticationToken serviceAccount(Jwt token) {
        String account = token.getSubject();
        if (account == null || account.isBlank() || identityService.createUserQuery().userId(account).count() == 0) {
            throw new InvalidBearerTokenException("The token's subject is no service account of this Partnerflow");
        }
        // An account marked as having left (Directory groups page) opens nothing, by token as by password.
        if (accounts.findById(account).filter(DirectoryAccount::hasLeft).isPresent()) {
            throw new InvalidBearerTokenException("The token's service account is closed");
        }
        return new JwtAuthenticationToken(token, engineIdentity.signedIn(account).getAuthorities(), account);
    }

    private static JwtDecoder decoder(String issuerUri, EngineRestSettings settings) {
        List<OAuth2TokenValidator<Jwt>> checks = new ArrayList<>(List.of(JwtValidators.createDefaultWithIssuer(issuerUri)));
        if (settings.audience() != null) {
            checks.add(new JwtAudienceValidator(settings.audience()));
        }
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(checks);
        // Built at the first token (and again after a failure), not at start-up.
        JwtDecoder lazy = new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder nimbus = settings.jwkSetUri() != null
                    ? NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri()).build()
                    : NimbusJwtDecoder.withIssuerLocation(issuerUri).build();
            nimbus.setJwtValidator(validator);
            return nimbus;
        });
        return token -> {
            try {
                return lazy.decode(token);
            } catch (JwtDecoderInitializationException unreachable) {
                // A JwtException that is no BadJwtException: Spring answers it as a service failure (503 above), not a bad token.
                throw new JwtException("The identity provider's keys could not be fetched", unreachable);
            }
        };
    }

    private static void providerUnreachable(jakarta.servlet.http.HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", "30");
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write("The identity provider could not be reached to check the token. Try again shortly."
                .getBytes(StandardCharsets.UTF_8));
    }
}
