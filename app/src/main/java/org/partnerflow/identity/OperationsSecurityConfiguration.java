package org.partnerflow.identity;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Security for the actuator's endpoints (README, "Operations: health, metrics and logs"), on the
 * application's port or on a management port of its own ({@code MANAGEMENT_SERVER_PORT}: Boot hands
 * that port's requests to the same filter chains). Health is open, so a load balancer or an
 * orchestrator can ask it without a password, and says only UP or DOWN (application.yml: no details,
 * no components). Metrics, the Prometheus scrape and build information are for
 * {@link Permissions#OPERATORS}, signed in with HTTP Basic against the engine's users, as on
 * {@code /engine-rest}; a scraper is an engine user in the admin group. Endpoints not exposed
 * (env, beans...) are not matched here and answer as any unknown address.
 *
 * <p>Ordered after the engine's two chains ({@link EngineSecurityConfiguration}) and before the
 * views' chain, which catches every other path.
 */
@Configuration
class OperationsSecurityConfiguration {

    @Bean
    @Order(3)
    SecurityFilterChain operations(HttpSecurity http, EngineIdentityAuthenticationProvider engineUsers) throws Exception {
        return http
                .securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to("health")).permitAll()
                        .anyRequest().hasAnyRole(Permissions.OPERATORS))
                .authenticationProvider(engineUsers)
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                // A scraper calls with its credentials every time: no session to keep, no cookie to forge.
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
