package org.partnerflow.identity;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * The council's OpenID Connect provider as Spring's client registration {@code council}, made only
 * when {@code partnerflow.oidc.issuer-uri} is set: without it no registration exists, the views
 * chain adds no OAuth2 login and the zero-configuration demo starts as it always did.
 */
@Configuration
@EnableConfigurationProperties(OidcSettings.class)
class OidcConfiguration {

    @Bean
    @Conditional(IssuerSet.class)
    ClientRegistrationRepository councilRegistration(OidcSettings settings) {
        ClientRegistration council = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                .registrationId(OidcSettings.REGISTRATION)
                .clientName("Council account")
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .scope("openid", "profile", "email")
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .userNameAttributeName(settings.userIdClaim())
                .build();
        return new InMemoryClientRegistrationRepository(council);
    }

    /** Set and not blank: an empty environment variable is no provider. */
    static class IssuerSet implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String issuer = context.getEnvironment().getProperty("partnerflow.oidc.issuer-uri");
            return issuer != null && !issuer.isBlank();
        }
    }
}
