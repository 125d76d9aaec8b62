package org.partnerflow.identity;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.authentication.builders.AuthenticationManagerBuilder;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Security for the Vaadin views: every route needs sign-in unless it is annotated otherwise, and the
 * login view is Partnerflow's own. This chain catches every path the engine chains (REST,
 * Camunda webapps) do not.
 *
 * <p>CSRF: Vaadin checks its own token on every UI request and leaves Spring's check on for everything
 * else (sign-out included), but exempts the sign-in POST, whose Vaadin form cannot carry Spring's token;
 * {@link SameOriginSignIn} refuses a sign-in posted from another site instead. Single sign-on
 * ({@link CouncilAccountSignIn}) needs neither: its start and its callback are GETs, and the callback
 * must carry the state Spring keeps in the browser's own session.
 */
@Configuration
public class ViewSecurityConfiguration {

    /**
     * What pages may load. Vaadin Flow runs server-pushed JavaScript ({@code executeJs}, which needs
     * 'unsafe-eval') and inline styles and scripts, as does bpmn-js; everything comes from this origin.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    @Bean
    @Order(10)
    SecurityFilterChain views(HttpSecurity http, ObjectProvider<LdapSignIn> ldap, ObjectProvider<ClientRegistrationRepository> councilRegistration,
            DirectorySignIn directorySignIn, OidcSettings oidc, DirectoryGroups directoryGroups, CurrentUser currentUser,
            java.time.Clock clock) throws Exception {
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        // Where there is a directory, its password first, then the engine's for break-glass: LdapSignIn asks
        // both, so the chain's password sign-in has no parent asking the engine again. Other sign-ins
        // registered on this chain (single sign-on) keep their own providers.
        ldap.ifAvailable(directory -> {
            http.getSharedObject(AuthenticationManagerBuilder.class).parentAuthenticationManager(null);
            http.authenticationProvider(directory.signInForm());
        });
        http.addFilterBefore(new SameOriginSignIn(), CsrfFilter.class);
        // A leaver's session opened before they were marked as left ends at their next request.
        http.addFilterBefore(new LeaversSignedOut(directoryGroups, currentUser, clock),
                org.springframework.security.web.access.intercept.AuthorizationFilter.class);
        // Single sign-on only when a provider is configured (OidcConfiguration): its callback
        // (/login/oauth2/code/council) is checked by the state Spring keeps in the session, and a
        // refusal goes back to the login page, which says why.
        ClientRegistrationRepository registrations = councilRegistration.getIfAvailable();
        if (registrations != null) {
            http.oauth2Login(login -> login
                    .loginPage("/login")
                    .clientRegistrationRepository(registrations)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new CouncilAccountSignIn(directorySignIn, oidc)))
                    .failureUrl("/login?error"));
        }
        // Spring's defaults stay on: nosniff, no caching of pages, HSTS on HTTPS requests (a year).
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frames -> frames.sameOrigin())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
        return http.build();
    }
}
