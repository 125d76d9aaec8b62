package org.partnerflow.identity;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Security for the Vaadin views: every route needs sign-in unless it is annotated otherwise, and the
 * login view is Partnerflow's own. This chain catches every path the engine chains (REST,
 * Camunda webapps) do not.
 */
@Configuration
public class ViewSecurityConfiguration {

    @Bean
    @Order(10)
    SecurityFilterChain views(HttpSecurity http) throws Exception {
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives("frame-ancestors 'self'"))
                .referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
