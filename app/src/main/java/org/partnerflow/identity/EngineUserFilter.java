package org.partnerflow.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the engine who is signed in for the length of each request (Vaadin UI and
 * {@code /engine-rest}, a machine's service account as a person), so its user operation log names who did what. The Camunda webapps under
 * {@code /camunda} set the engine's authentication themselves.
 */
public class EngineUserFilter extends OncePerRequestFilter {

    private final IdentityService identityService;
    private final CurrentUser currentUser;

    public EngineUserFilter(IdentityService identityService, CurrentUser currentUser) {
        this.identityService = identityService;
        this.currentUser = currentUser;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/camunda/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var userId = currentUser.id();
        if (userId.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        identityService.setAuthentication(userId.get(), currentUser.groups());
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
