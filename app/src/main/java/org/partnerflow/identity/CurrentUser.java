package org.partnerflow.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The person signed in on this request, as Spring Security knows them. */
@Component
public class CurrentUser {

    public Optional<String> id() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.ofNullable(auth.getName());
    }

    public String requireId() {
        return id().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }

    /** The engine group ids of the signed-in person. */
    public List<String> groups() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || id().isEmpty()) {
            return List.of();
        }
        return auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .toList();
    }

    /** Only the policy asks about roles ({@link Permissions}): everyone else asks it what a person may do. */
    boolean has(Role role) {
        return groups().contains(role.groupId());
    }
}
