package org.partnerflow.operations;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What every log line of a web request carries (README, "Operations"): the request's id and the
 * signed-in person's user id, as the MDC keys {@value #REQUEST_ID} and {@value #USER_ID} (JSON fields
 * in structured logs, {@code [request-id user-id]} in plain lines). The id comes from the proxy's
 * {@code X-Request-Id} when it is a plain token (so one request can be followed from the proxy's log
 * to ours), else it is made here; either way the response carries it back, and a person who reports
 * a failure can quote it. The user id, never a name: names are personal data.
 *
 * <p>Two filters: {@link RequestIds} runs before Spring Security, so a refused request has its id
 * too; {@link SignedInUsers} runs after it, once the person is known. RequestIds clears both keys
 * when the request is answered (the thread serves other requests next).
 */
public final class RequestLogContext {

    /** The MDC key of the request's id (ECS's field name). */
    public static final String REQUEST_ID = "http.request.id";
    /** The MDC key of the signed-in person's user id (ECS's field name). */
    public static final String USER_ID = "user.id";
    /** The header the id comes in by (from a proxy) and goes back in. */
    public static final String HEADER = "X-Request-Id";

    /** A request id taken as sent: a short token that cannot break a log line or smuggle in a field. */
    static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private RequestLogContext() {
    }

    /** The id of the web request this thread serves, if it serves one. */
    public static Optional<String> requestId() {
        return Optional.ofNullable(MDC.get(REQUEST_ID));
    }

    /** The id sent, if it is a safe token; else a new one. */
    static String requestIdFrom(String sent) {
        return sent != null && SAFE_ID.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
    }

    /** Gives the request its id, in the MDC and the response, before anything else logs about it. */
    static final class RequestIds implements Filter {

        private static final Logger log = LoggerFactory.getLogger(RequestLogContext.class);

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
            if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse answer)) {
                chain.doFilter(request, response);
                return;
            }
            // An error page or async dispatch of the same request keeps the id it was given.
            String id = http.getAttribute(REQUEST_ID) instanceof String given ? given : requestIdFrom(http.getHeader(HEADER));
            http.setAttribute(REQUEST_ID, id);
            answer.setHeader(HEADER, id);
            long started = System.nanoTime();
            try (MDC.MDCCloseable ignored = MDC.putCloseable(REQUEST_ID, id)) {
                chain.doFilter(request, response);
                // The method and status only: a path can carry a record's id, a query a search for a name.
                // Once per request: its error page dispatch is the same request.
                if (http.getDispatcherType() == DispatcherType.REQUEST) log.debug("{} answered {} in {} ms", http.getMethod(), answer.getStatus(), (System.nanoTime() - started) / 1_000_000);
            } finally {
                MDC.remove(USER_ID);
            }
        }
    }

    /**
     * Adds the user id of whoever just signed in on this request (HTTP Basic, the login form), so
     * the lines of a request refused to them carry it too, before {@link SignedInUsers} runs.
     */
    static void signedIn(String userId) {
        if (MDC.get(REQUEST_ID) != null) {
            MDC.put(USER_ID, userId);
        }
    }

    /** Adds the signed-in person's user id, once Spring Security has established who they are. */
    static final class SignedInUsers implements Filter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
            Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
            if (signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken) {
                chain.doFilter(request, response);
                return;
            }
            // Cleared by RequestIds, after the request's last line (its status), which should carry it too.
            MDC.put(USER_ID, signedIn.getName());
            chain.doFilter(request, response);
        }
    }
}
