package org.partnerflow.identity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Security for what the engine serves: the REST API at {@code /engine-rest} (HTTP Basic against the
 * engine's users; 401 without credentials) and Cockpit/Tasklist/Admin at {@code /camunda} (signed in
 * through Partnerflow's own login page, then handed to the webapps as the container user; managers
 * and administrators only). The
 * Vaadin views have their own chain in the ui module, which catches every other path.
 *
 * <p>Explicit path-pattern matchers: the Jersey-served paths are not matched by MVC matchers.
 */
@Configuration
@EnableWebSecurity
public class EngineSecurityConfiguration {

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    /** Identity and permission records: who exists, who is in which role. Changing them is administration. */
    static final List<String> IDENTITY_RESOURCES = List.of("user", "group", "tenant", "authorization");

    @Bean
    @Order(1)
    SecurityFilterChain engineRestApi(HttpSecurity http, AccessDeniedHandler engineRestRefusals) throws Exception {
        String admin = Role.ADMIN.groupId();
        return http
                .securityMatcher(PATHS.matcher("/engine-rest/**"))
                .authorizeHttpRequests(requests -> requests
                        // Deployments come from the application's own resources (deployed at start-up);
                        // adding, redeploying or deleting one by hand is for administrators only. So are
                        // people, roles and permissions: with them anyone could make themselves a manager.
                        .requestMatchers(administration("/engine-rest")).hasAnyRole(admin, Role.CAMUNDA_ADMIN_GROUP)
                        // What caseworkers do through REST is what they do in Partnerflow: complete, submit,
                        // claim and hand back tasks offered to them, start the processes their roles start
                        // (FormSubmissionGuard checks each), and read the models and who is who.
                        .requestMatchers(CASEWORK.toArray(RequestMatcher[]::new)).authenticated()
                        // Everything else reads or changes case data straight from the engine, around
                        // Partnerflow's per-record checks: managers and administrators only, as in Cockpit.
                        .anyRequest().hasAnyRole(Role.MANAGER.groupId(), admin, Role.CAMUNDA_ADMIN_GROUP))
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED))
                        .accessDeniedHandler(engineRestRefusals))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // A stateless API authenticated on every call: no session cookie to forge.
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** The /engine-rest requests every signed-in person may make (the rest is for managers and administrators). */
    static final List<RequestMatcher> CASEWORK = List.of(
            PATHS.matcher(HttpMethod.POST, "/engine-rest/task/*/complete"),
            PATHS.matcher(HttpMethod.POST, "/engine-rest/task/*/submit-form"),
            PATHS.matcher(HttpMethod.POST, "/engine-rest/task/*/claim"),
            PATHS.matcher(HttpMethod.POST, "/engine-rest/task/*/unclaim"),
            PATHS.matcher(HttpMethod.POST, "/engine-rest/task/*/assignee"),
            PATHS.matcher(HttpMethod.POST, "/engine-rest/process-definition/*/start"),
            PATHS.matcher(HttpMethod.POST, "/engine-rest/process-definition/*/submit-form"),
            PATHS.matcher(HttpMethod.POST, "/engine-rest/process-definition/key/*/start"),
            PATHS.matcher(HttpMethod.POST, "/engine-rest/process-definition/key/*/submit-form"),
            PATHS.matcher(HttpMethod.GET, "/engine-rest/process-definition/**"),
            PATHS.matcher(HttpMethod.GET, "/engine-rest/decision-definition/**"),
            PATHS.matcher(HttpMethod.GET, "/engine-rest/deployment/**"),
            PATHS.matcher(HttpMethod.GET, "/engine-rest/user/**"),
            PATHS.matcher(HttpMethod.GET, "/engine-rest/group/**"),
            PATHS.matcher(HttpMethod.GET, "/engine-rest/identity/groups"),
            PATHS.matcher(HttpMethod.GET, "/engine-rest/engine"),
            PATHS.matcher(HttpMethod.GET, "/engine-rest/version"));

    /** Changes to deployments, people, roles and permissions under an engine API root. */
    static RequestMatcher[] administration(String root) {
        List<RequestMatcher> matchers = new ArrayList<>(List.of(
                PATHS.matcher(HttpMethod.POST, root + "/deployment/**"),
                PATHS.matcher(HttpMethod.DELETE, root + "/deployment/**"),
                PATHS.matcher(HttpMethod.DELETE, root + "/process-definition/**")));
        for (String resource : IDENTITY_RESOURCES) {
            for (HttpMethod change : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH)) {
                matchers.add(PATHS.matcher(change, root + "/" + resource + "/**"));
                matchers.add(PATHS.matcher(change, root + "/" + resource));
            }
        }
        return matchers.toArray(RequestMatcher[]::new);
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        String manage = Role.MANAGER.groupId();
        String admin = Role.ADMIN.groupId();
        return http
                .securityMatcher(PATHS.matcher("/camunda/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PATHS.matcher("/camunda/api/admin/auth/**")).authenticated()
                        // Cockpit's deployment screens and the engine API's people, roles and permissions: as on
                        // /engine-rest, changes are for administrators (Camunda Admin is theirs).
                        .requestMatchers(administration("/camunda/api/engine/engine/*")).hasAnyRole(admin, Role.CAMUNDA_ADMIN_GROUP)
                        // The webapps read case data straight from the engine, around CaseAccess and the access
                        // log; caseworkers use Partnerflow's own task list, managers may oversee here.
                        .requestMatchers(PATHS.matcher("/camunda/app/cockpit/**"), PATHS.matcher("/camunda/api/cockpit/**"),
                                PATHS.matcher("/camunda/app/tasklist/**"), PATHS.matcher("/camunda/api/tasklist/**"),
                                PATHS.matcher("/camunda/api/engine/**"))
                        .hasAnyRole(manage, admin, Role.CAMUNDA_ADMIN_GROUP)
                        .requestMatchers(PATHS.matcher("/camunda/app/admin/**"), PATHS.matcher("/camunda/api/admin/**"))
                        .hasAnyRole(admin, Role.CAMUNDA_ADMIN_GROUP)
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                // The webapps send their own CSRF token (Camunda's CsrfPreventionFilter checks it).
                .csrf(csrf -> csrf.disable())
                .headers(Customizer.withDefaults())
                .build();
    }

    /** Hands the Spring-authenticated user to the Camunda webapps, so they need no second login. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappSingleSignOn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Collections.singletonMap(
                "authentication-provider", ContainerBasedAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(101); // after the Spring Security filter chain
        return registration;
    }

    @Bean
    FilterRegistrationBean<EngineUserFilter> engineUserFilter(IdentityService identityService, CurrentUser currentUser) {
        FilterRegistrationBean<EngineUserFilter> registration =
                new FilterRegistrationBean<>(new EngineUserFilter(identityService, currentUser));
        registration.setOrder(102);
        return registration;
    }

    @Bean
    FilterRegistrationBean<EngineRestRequests> engineRestRequests(TaskService tasks, RuntimeService runtime, RepositoryService repository,
                                                                  ManagementService management) {
        FilterRegistrationBean<EngineRestRequests> registration = new FilterRegistrationBean<>(
                new EngineRestRequests(tasks, runtime, repository, management));
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(103); // before Camunda REST's own filters
        return registration;
    }

    /** Camunda REST's mappers, plus two that answer what are the caller's mistakes as such, not as a 500. */
    @Bean
    ResourceConfigCustomizer engineRestRefusals() {
        return config -> config.register(UnreadableVariables.class).register(IncompleteRequests.class);
    }
}
