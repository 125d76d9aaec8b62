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

/**
 * A council's identity provider in-process for tests: Spring Authorization Server on a random port,
 * in a small Spring context of its own (started before the application's, which is given its
 * {@link #issuer()}). Machines registered with it get client-credentials tokens over HTTP, as from a
 * real provider: signed JWTs whose subject is the client id, with the audience {@link #AUDIENCE}
 * unless the client is {@link #OTHER_AUDIENCE}.
 */
public final class TestIdentityProvider {

    /** Each client's secret (the provider wants them distinct). */
    public static String secretOf(String clientId) {
        return clientId + "-secret";
    }
    public static final String AUDIENCE = "partnerflow-engine-rest";
    /** A client whose tokens are for some other service. */
    public static final String OTHER_AUDIENCE = "other-service";

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
                .initializers(c -> c.getBeanFactory().registerSingleton("clients", new Clients(clientIds)))
                // Nothing of the application's configuration: only what is given here.
                .run("--server.port=0", "--spring.config.location=optional:classpath:/no-such-config/",
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

    public void stop() {
        context.close();
    }

    record Clients(List<String> ids) {
    }

    // Not a @Configuration: the application's component scan (org.partnerflow) must not find it.
    @EnableWebSecurity
    @ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            SecurityFilterAutoConfiguration.class})
    static class Provider {

        @Bean
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
            return http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, s -> s.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .csrf(csrf -> csrf.ignoringRequestMatchers(server.getEndpointsMatcher()))
                    .build();
        }

        @Bean
        RegisteredClientRepository registeredClients(Clients clients) {
            List<RegisteredClient> registered = new java.util.ArrayList<>();
            for (String id : clients.ids()) {
                registered.add(client(id));
            }
            registered.add(client(OTHER_AUDIENCE));
            return new InMemoryRegisteredClientRepository(registered);
        }

        private static RegisteredClient client(String id) {
            return RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(id)
                    .clientSecret("{noop}" + secretOf(id))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .build();
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> audience() {
            return context -> {
                String client = context.getRegisteredClient().getClientId();
                if (!client.equals(OTHER_AUDIENCE)) {
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
