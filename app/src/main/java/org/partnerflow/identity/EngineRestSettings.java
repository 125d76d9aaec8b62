package org.partnerflow.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How machines sign in to {@code /engine-rest} ({@code partnerflow.engine-rest.*}). Bearer tokens are
 * accepted when {@code partnerflow.oidc.issuer-uri} is set ({@link MachineTokens}).
 *
 * @param audience  if set, a token must name this audience ({@code aud}); otherwise any token of the issuer will do
 * @param jwkSetUri the provider's signing keys, if it publishes no discovery document at the issuer
 * @param basic     HTTP Basic with engine passwords: on unless turned off
 */
@ConfigurationProperties("partnerflow.engine-rest")
public record EngineRestSettings(String audience, String jwkSetUri, Basic basic) {

    public EngineRestSettings {
        audience = blankAsNull(audience);
        jwkSetUri = blankAsNull(jwkSetUri);
        basic = basic == null ? new Basic(null) : basic;
    }

    /** @param enabled true unless set: installations signing machines in with passwords keep working until they move to tokens */
    public record Basic(Boolean enabled) {
        public Basic {
            enabled = enabled == null || enabled;
        }
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
