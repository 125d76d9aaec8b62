package org.partnerflow.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.stereotype.Component;

/**
 * Signs people in against the engine's identity service, the one store of users and groups:
 * Spring Security, task candidate groups and the Camunda webapps all read it. Passwords are
 * stored salted and hashed by the engine (SHA-512). Moving to LDAP means the engine's LDAP
 * identity plugin; OIDC means a Spring OAuth2 login mapping its groups claim to the same group
 * ids. Neither touches a view.
 */
@Component
public class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;

    public EngineIdentityAuthenticationProvider(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null
                || !identityService.checkPassword(userId, credentials.toString())) {
            throw new BadCredentialsException("Wrong user name or password");
        }
        List<SimpleGrantedAuthority> authorities = identityService.createGroupQuery().groupMember(userId).list()
                .stream()
                .map(Group::getId)
                .map(id -> new SimpleGrantedAuthority("ROLE_" + id))
                .toList();
        User principal = new User(userId, "", authorities);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
