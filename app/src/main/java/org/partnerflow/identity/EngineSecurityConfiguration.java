package org.partnerflow.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
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
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Security for what the engine serves: the REST API at {@code /engine-rest} (HTTP Basic against the
 * engine's users unless {@code partnerflow.engine-rest.basic.enabled=false}, and machines' bearer
 * tokens when an identity provider is configured ({@link MachineTokens}); 401 without credentials) and Cockpit/Tasklist/Admin at {@code /camunda} (signed in
 * through Partnerflow's own login page, then handed to the webapps as the container user;
 * administrators only, but for the casework everyone signed in may do on either door). The
 * Vaadin views have their own chain in the ui module, which catches every other path.
 *
 * <p>Case data straight from the engine is administrators' ({@link Permissions#ENGINE_OVERSEERS}), not
 * managers': the engine cannot keep a manager to their own council's children (no authorization
 * checks; a case's tenant could not follow a child who moves council). Managers oversee in
 * Partnerflow's own pages, which do.
 *
 * <p>Explicit path-pattern matchers: the Jersey-served paths are not matched by MVC matchers.
 */
@Configuration
@EnableWebSecurity
@EnableConfigurationProperties(EngineRestSettings.class)
public class EngineSecurityConfiguration {

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    /** Identity and permission records: who exists, who is in which role. Changing them is administration. */
    static final List<String> IDENTITY_RESOURCES = List.of("user", "group", "tenant", "authorization");

    @Bean
    @Order(1)
    SecurityFilterChain engineRestApi(HttpSecurity http, AccessDeniedHandler engineRestRefusals, MachineTokens machineTokens,
            EngineRestSettings settings) throws Exception {
        // Both path forms (/engine-rest/<resource> and /engine-rest/engine/{name}/<resource>) are under this
        // one chain, so they take the same credentials.
        if (settings.basic().enabled()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        }
        machineTokens.acceptOn(http);
        return http
                .securityMatcher(PATHS.matcher("/engine-rest/**"))
                .authorizeHttpRequests(requests -> requests
                        // A path the engine's rules cannot read plainly (see EngineApiRequest) is refused, not guessed at.
                        .requestMatchers(EngineApiRequest.UNCLEAR).denyAll()
                        // Deployments come from the application's own resources (deployed at start-up);
                        // adding, redeploying or deleting one by hand is for administrators only. So are
                        // people, roles and permissions: with them anyone could make themselves a manager.
                        .requestMatchers(ADMINISTRATION.toArray(RequestMatcher[]::new)).hasAnyRole(ADMINISTRATORS.toArray(String[]::new))
                        // What caseworkers do through REST is what they do in Partnerflow: complete, submit,
                        // claim and hand back tasks offered to them, start the processes their roles start
                        // (EngineCommandGuard asks the policy for each), and read the models and who is who.
                        .requestMatchers(CASEWORK.toArray(RequestMatcher[]::new)).authenticated()
                        // Everything else reads or changes case data straight from the engine, around
                        // Partnerflow's per-record checks and every council's bounds: administrators only, as in Cockpit.
                        .anyRequest().hasAnyRole(OVERSEERS.toArray(String[]::new)))
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED))
                        .accessDeniedHandler(engineRestRefusals))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // A stateless API authenticated on every call: no session cookie to forge.
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** Who may read and change case data straight through the engine API (as in Cockpit): the policy's list, administrators. */
    private static final List<String> OVERSEERS = Permissions.ENGINE_OVERSEERS;
    /** Who may administer the engine (deployments, people, roles and permissions): the policy's list. */
    private static final List<String> ADMINISTRATORS = Permissions.ENGINE_ADMINISTRATORS;

    /** The engine API requests every signed-in person may make (the rest is for administrators), on every door and path form. */
    static final List<RequestMatcher> CASEWORK = List.of(
            EngineApiRequest.matcher(HttpMethod.POST, "/task/*/complete"),
            EngineApiRequest.matcher(HttpMethod.POST, "/task/*/submit-form"),
            EngineApiRequest.matcher(HttpMethod.POST, "/task/*/claim"),
            EngineApiRequest.matcher(HttpMethod.POST, "/task/*/unclaim"),
            EngineApiRequest.matcher(HttpMethod.POST, "/task/*/assignee"),
            // The form a task is answered with (its model, no values), as Tasklist fetches it; a task one
            // has no part in is answered as one that does not exist (EngineRestRequests).
            EngineApiRequest.matcher(HttpMethod.GET, "/task/*/deployed-form"),
            EngineApiRequest.matcher(HttpMethod.POST, "/process-definition/*/start"),
            EngineApiRequest.matcher(HttpMethod.POST, "/process-definition/*/submit-form"),
            EngineApiRequest.matcher(HttpMethod.POST, "/process-definition/key/*/start"),
            EngineApiRequest.matcher(HttpMethod.POST, "/process-definition/key/*/submit-form"),
            processModels(),
            EngineApiRequest.matcher(HttpMethod.GET, "/decision-definition/**"),
            EngineApiRequest.matcher(HttpMethod.GET, "/deployment/**"),
            EngineApiRequest.matcher(HttpMethod.GET, "/user/**"),
            EngineApiRequest.matcher(HttpMethod.GET, "/group/**"),
            EngineApiRequest.matcher(HttpMethod.GET, "/identity/groups"),
            EngineApiRequest.matcher(HttpMethod.GET, "/engine"),
            EngineApiRequest.matcher(HttpMethod.GET, "/version"));

    /**
     * The process models, their forms and diagrams, but not how many instances wait at each step or have
     * failed ({@code .../statistics}): counts per step of a referral are oversight, and in a small
     * council they can point at one child's case.
     */
    private static RequestMatcher processModels() {
        RequestMatcher models = EngineApiRequest.matcher(HttpMethod.GET, "/process-definition/**");
        return new RequestMatcher() {
            @Override
            public boolean matches(HttpServletRequest request) {
                return models.matches(request)
                        && EngineApiRequest.of(request).filter(r -> r.resource().endsWith("/statistics")).isEmpty();
            }

            @Override
            public String toString() {
                return models + " but its statistics";
            }
        };
    }

    /** Changes to deployments, people, roles and permissions, on every engine API door and path form. */
    static final List<RequestMatcher> ADMINISTRATION = administration();

    private static List<RequestMatcher> administration() {
        List<RequestMatcher> matchers = new ArrayList<>(List.of(
                EngineApiRequest.matcher(HttpMethod.POST, "/deployment/**"),
                EngineApiRequest.matcher(HttpMethod.DELETE, "/deployment/**"),
                EngineApiRequest.matcher(HttpMethod.DELETE, "/process-definition/**")));
        for (String resource : IDENTITY_RESOURCES) {
            for (HttpMethod change : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH)) {
                matchers.add(EngineApiRequest.matcher(change, "/" + resource + "/**"));
            }
        }
        return List.copyOf(matchers);
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http, AccessDeniedHandler engineRestRefusals) throws Exception {
        return http
                .securityMatcher(PATHS.matcher("/camunda/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PATHS.matcher("/camunda/api/admin/auth/**")).authenticated()
                        // Cockpit's deployment screens and the engine API's people, roles and permissions: as on
                        // /engine-rest, changes are for administrators (Camunda Admin is theirs).
                        .requestMatchers(EngineApiRequest.UNCLEAR).denyAll()
                        .requestMatchers(ADMINISTRATION.toArray(RequestMatcher[]::new)).hasAnyRole(ADMINISTRATORS.toArray(String[]::new))
                        // What everyone signed in does on /engine-rest they may do here (submitting a task's
                        // form as Tasklist does: their own tasks, the same guard).
                        .requestMatchers(CASEWORK.toArray(RequestMatcher[]::new)).authenticated()
                        // The webapps read case data straight from the engine, around CaseAccess, the access
                        // log and every council's bounds: administrators only. Caseworkers use Partnerflow's
                        // own task list, managers oversee their council in Partnerflow's own pages.
                        .requestMatchers(PATHS.matcher("/camunda/app/cockpit/**"), PATHS.matcher("/camunda/api/cockpit/**"),
                                PATHS.matcher("/camunda/app/tasklist/**"), PATHS.matcher("/camunda/api/tasklist/**"),
                                PATHS.matcher("/camunda/api/engine/**"))
                        .hasAnyRole(OVERSEERS.toArray(String[]::new))
                        .requestMatchers(PATHS.matcher("/camunda/app/admin/**"), PATHS.matcher("/camunda/api/admin/**"))
                        .hasAnyRole(ADMINISTRATORS.toArray(String[]::new))
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
                        // A refused call to the webapps' engine API is logged as one to /engine-rest is.
                        .defaultAccessDeniedHandlerFor(engineRestRefusals, EngineApiRequest.ANY))
                // The webapps send their own CSRF token (Camunda's CsrfPreventionFilter checks it).
                .csrf(csrf -> csrf.disable())
                .headers(Customizer.withDefaults())
                .build();
    }

    /** A path the firewall refuses is a 400 with a sentence, on every door ({@link UnreadablePaths}). */
    @Bean
    RequestRejectedHandler unreadablePaths() {
        return new UnreadablePaths();
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

    /** Mappers that answer what are the caller's mistakes as such, not as Camunda's 500. */
    static final List<Class<?>> CALLERS_MISTAKES = List.of(UnreadableVariables.class, IncompleteRequests.class, TasksAlreadyClaimed.class,
            OverlongValues.class);

    /** Camunda REST's mappers, plus {@link #CALLERS_MISTAKES}, at /engine-rest. */
    @Bean
    ResourceConfigCustomizer engineRestRefusals() {
        return config -> CALLERS_MISTAKES.forEach(config::register);
    }

    /** The same mappers for the webapps' engine API, a JAX-RS application of its own ({@link WebappEngineApi}). */
    @Bean
    ServletContextInitializer webappEngineApi(CamundaBpmProperties camunda) {
        return new WebappEngineApi(camunda.getWebapp().getApplicationPath());
    }
}
