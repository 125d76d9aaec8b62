package org.partnerflow.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the open session of someone marked as having left ({@link DirectoryGroups#markLeft}): the
 * sign-in doors refuse them from that moment, and this stops a session they opened before, at their
 * next request after at most {@link #EVERY} (looked up once in that time, not on every request of a
 * busy page). The session is invalidated, so Vaadin shows its page as expired and the reload goes to
 * the login page.
 */
final class LeaversSignedOut extends OncePerRequestFilter {

    static final Duration EVERY = Duration.ofSeconds(30);
    static final String CHECKED_AT = LeaversSignedOut.class.getName() + ".checkedAt";

    private final DirectoryGroups directory;
    private final CurrentUser currentUser;
    private final Clock clock;

    LeaversSignedOut(DirectoryGroups directory, CurrentUser currentUser, Clock clock) {
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        String userId = currentUser.id().orElse(null);
        if (session != null && userId != null && due(session) && directory.hasLeft(userId)) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Your account is recorded as having left.");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean due(HttpSession session) {
        Instant now = clock.instant();
        Object last = session.getAttribute(CHECKED_AT);
        if (last instanceof Instant checked && checked.plus(EVERY).isAfter(now)) {
            return false;
        }
        session.setAttribute(CHECKED_AT, now);
        return true;
    }
}
