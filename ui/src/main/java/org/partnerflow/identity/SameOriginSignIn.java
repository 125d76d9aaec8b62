package org.partnerflow.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in posted from another site (login CSRF: signing a victim in as the attacker, so that
 * what they record lands in the attacker's account). Browsers name the page a form was posted from in
 * the {@code Origin} header (or, failing that, {@code Referer}); a sign-in is accepted only from a page
 * of this host (behind a proxy, pass the browser's Host header through); "null" is not this host.
 * Requests naming no page at all (not a browser form) pass: they carry no victim's browser.
 */
class SameOriginSignIn extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String page = request.getHeader("Origin") != null ? request.getHeader("Origin") : request.getHeader("Referer");
        if (page != null && !sameHost(page, request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Sign in from Partnerflow's own sign-in page.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Host only: behind a TLS proxy the scheme and port the server sees differ from the browser's. */
    private static boolean sameHost(String page, HttpServletRequest request) {
        try {
            return request.getServerName().equalsIgnoreCase(URI.create(page).getHost());
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }
}
