package org.partnerflow.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.core.annotation.Order;

/**
 * A council's identity provider in-process for tests: Spring Authorization Server on a random port,
 * in a small Spring context of its own (started before the application's, which is given its
 * {@link #issuer()}). Machines registered with it get client-credentials tokens over HTTP, as from a
 * real provider: signed JWTs whose subject is the client id, with the audience {@link #AUDIENCE}
 * unless the client is {@link #OTHER_AUDIENCE}. People ({@link #addPerson}) sign in on its own form
 * for Partnerflow's single sign-on ({@link #CLIENT_ID}, authorization code): their authorities are
 * the ID token's {@code groups} claim, with their names and email, as Entra ID or Keycloak would send.
 */
public final class TestIdentityProvider {

    /** Each client's secret (the provider wants them distinct). */
    public static String secretOf(String clientId) {
        return clientId + "-secret";
    }
    public static final String AUDIENCE = "partnerflow-engine-rest";
    /** A client whose tokens are for some other service. */
    public static final String OTHER_AUDIENCE = "other-service";

    /** Partnerflow's client for single sign-on. */
    public static final String CLIENT_ID = "partnerflow";
    public static final String CLIENT_SECRET = "partnerflow-secret";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConfigurableApplicationContext context;

    private TestIdentityProvider(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts a provider that knows these client ids (each with its {@link #secretOf secret}), plus {@link #OTHER_AUDIENCE}. */
    public static TestIdentityProvider start(List<String> clientIds) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Provider.class)
                .web(WebApplicationType.SERVLET)
                .initializers(c -> c.getBeanFactory().registerSingleton("clients", new Clients(clientIds, new Partnerflow())))
                // Nothing of the application's configuration: only what is given here.
                // Its own session cookie: cookies are per host, not per port, and a browser would mix the two sites' sessions.
                .run("--server.port=0", "--spring.config.location=optional:classpath:/no-such-config/",
                        "--server.servlet.session.cookie.name=PROVIDER_SESSION", "--spring.jmx.enabled=false",
                        "--spring.main.banner-mode=off", "--spring.main.log-startup-info=false", "--logging.level.root=warn",
                        "--logging.level.org.partnerflow=info");
        return new TestIdentityProvider(context);
    }

    /** The issuer, as tokens name it and as Partnerflow is configured with it. */
    public String issuer() {
        return "http://localhost:" + ((ServletWebServerApplicationContext) context).getWebServer().getPort();
    }

    /** A client-credentials token for this client, from the token endpoint. */
    public String token(String clientId) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secretOf(clientId)).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The provider gave no token for " + clientId + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    /** Where Partnerflow answers (it starts after the provider): its redirect URI is read at each request. */
    public void partnerflowAt(String baseUrl) {
        context.getBean(Clients.class).partnerflow().baseUrl = baseUrl;
    }

    /** Adds or changes a person in the provider's directory; password {@link #passwordOf}. */
    public void addPerson(String username, String first, String last, boolean enabled, String... groups) {
        context.getBean(Clients.class).partnerflow().names.put(username, new String[] {first, last, username + "@council.example"});
        InMemoryUserDetailsManager directory = context.getBean(InMemoryUserDetailsManager.class);
        org.springframework.security.core.userdetails.UserDetails user = User.withUsername(username).password("{noop}" + passwordOf(username))
                .authorities(groups).disabled(!enabled).build();
        if (directory.userExists(username)) {
            directory.updateUser(user);
        } else {
            directory.createUser(user);
        }
    }

    public static String passwordOf(String username) {
        return username + "-password";
    }

    public void stop() {
        context.close();
    }

    record Clients(List<String> ids, Partnerflow partnerflow) {
    }

    /** Partnerflow as this provider knows it: its address and its people's names. */
    static final class Partnerflow {
        volatile String baseUrl = "http://localhost:1";
        final Map<String, String[]> names = new java.util.concurrent.ConcurrentHashMap<>();
    }

    // Not a @Configuration: the application's component scan (org.partnerflow) must not find it.
    @EnableWebSecurity
    @ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            SecurityFilterAutoConfiguration.class})
    static class Provider {

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
            return http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, s -> s.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .oauth2ResourceServer(rs -> rs.jwt(Customizer.withDefaults()))
                    .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                    .csrf(csrf -> csrf.ignoringRequestMatchers(server.getEndpointsMatcher()))
                    .build();
        }

        /** The provider's own sign-in form, where people type their council password. */
        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(r -> r.anyRequest().authenticated()).formLogin(Customizer.withDefaults()).build();
        }

        @Bean
        InMemoryUserDetailsManager directory() {
            return new InMemoryUserDetailsManager();
        }

        @Bean
        RegisteredClientRepository registeredClients(Clients clients) {
            List<RegisteredClient> machines = new java.util.ArrayList<>();
            for (String id : clients.ids()) {
                machines.add(client(id));
            }
            machines.add(client(OTHER_AUDIENCE));
            InMemoryRegisteredClientRepository fixed = new InMemoryRegisteredClientRepository(machines);
            return new RegisteredClientRepository() {
                @Override
                public void save(RegisteredClient client) {
                    // The provider re-encodes a {noop} secret on use and saves it: Partnerflow's client is made afresh each time anyway.
                    if (!CLIENT_ID.equals(client.getClientId())) {
                        fixed.save(client);
                    }
                }

                @Override
                public RegisteredClient findById(String id) {
                    return CLIENT_ID.equals(id) ? partnerflowClient(clients.partnerflow()) : fixed.findById(id);
                }

                @Override
                public RegisteredClient findByClientId(String clientId) {
                    return CLIENT_ID.equals(clientId) ? partnerflowClient(clients.partnerflow()) : fixed.findByClientId(clientId);
                }
            };
        }

        private static RegisteredClient partnerflowClient(Partnerflow partnerflow) {
            return RegisteredClient.withId(CLIENT_ID)
                    .clientId(CLIENT_ID)
                    .clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri(partnerflow.baseUrl + "/login/oauth2/code/council")
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .build();
        }

        private static RegisteredClient client(String id) {
            return RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(id)
                    .clientSecret("{noop}" + secretOf(id))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .build();
        }

        /** Machines' tokens carry the engine API's audience; people's ID tokens their groups and names. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claims(Clients clients) {
            return context -> {
                String client = context.getRegisteredClient().getClientId();
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    String username = context.getPrincipal().getName();
                    String[] names = clients.partnerflow().names.getOrDefault(username, new String[3]);
                    context.getClaims().claim("groups", context.getPrincipal().getAuthorities().stream()
                            .map(GrantedAuthority::getAuthority).toList());
                    context.getClaims().claim("preferred_username", username);
                    context.getClaims().claim("given_name", names[0]);
                    context.getClaims().claim("family_name", names[1]);
                    context.getClaims().claim("email", names[2]);
                } else if (!client.equals(OTHER_AUDIENCE) && !client.equals(CLIENT_ID)) {
                    context.getClaims().audience(List.of(client, AUDIENCE));
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> signingKeys() throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        /** OpenID Connect's own endpoints (user info) read the provider's tokens with it. */
        @Bean
        JwtDecoder providersTokens(JWKSource<SecurityContext> signingKeys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(signingKeys);
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            // No issuer set: it is the address the provider is called at (http://localhost:<port>).
            return AuthorizationServerSettings.builder().build();
        }
    }

    /** The token with its claims changed and its signature kept, as a forger would try. */
    public static String tampered(String token, Map<String, Object> claims) throws Exception {
        String[] parts = token.split("\\.");
        @SuppressWarnings("unchecked")
        Map<String, Object> payload = JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), Map.class);
        payload.putAll(claims);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(payload));
        return parts[0] + "." + forged + "." + parts[2];
    }
}
