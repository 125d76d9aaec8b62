package org.partnerflow.identity;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Services ask the policy before a method runs: {@code @PreAuthorize("@permissions.mayOversee()")}
 * ({@link Permissions} is the bean {@code permissions}), refused as {@link Refusals} says.
 */
@Configuration
@EnableMethodSecurity
class ServiceSecurity {
}
