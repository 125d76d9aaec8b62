package org.partnerflow.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.UriUtils;

/**
 * A request to the engine's REST API read as the engine reads it, whichever door and path form it came
 * by: {@code /engine-rest/<resource>} (the default engine), {@code /engine-rest/engine/{name}/<resource>}
 * and the webapps' {@code /camunda/api/engine/engine/{name}/<resource>}. Every rule about engine REST
 * paths (the security chains, {@link EngineRestRequests}, the refusals in the access log) matches the
 * {@link #resource()} read here, so no form of a path reaches a resource around its rule.
 *
 * <p>Segments are percent-decoded once, as Jersey decodes them, and a trailing slash is dropped, as
 * Jersey ignores it. A path whose meaning is unclear (an encoded slash or backslash, an empty, "." or
 * ".." segment, matrix parameters) is not read at all: Spring Security's firewall refuses most of
 * these before any chain; the chains refuse what is left ({@link #UNCLEAR}).
 *
 * @param door     {@link #REST} or {@link #WEBAPP}
 * @param engine   the engine's name; {@code null} for the list of engines ({@code <door>/engine})
 * @param resource the path under the engine, e.g. {@code /task/abc/claim}; {@code /engine} for the list of engines
 */
public record EngineApiRequest(String door, String engine, String resource) {

    public static final String REST = "/engine-rest";
    public static final String WEBAPP = "/camunda/api/engine";
    private static final String DEFAULT_ENGINE = "default";

    /** Any request under an engine API root, on any door. */
    public static final RequestMatcher ANY = request -> door(path(request)) != null;

    /** Any request under an engine API root whose path cannot be read plainly. */
    public static final RequestMatcher UNCLEAR = request -> door(path(request)) != null && of(request).isEmpty();

    /** The request's reading, if it is for an engine API and its path is plain. */
    public static Optional<EngineApiRequest> of(HttpServletRequest request) {
        String path = path(request);
        String door = door(path);
        if (door == null) {
            return Optional.empty();
        }
        String rest = path.substring(door.length());
        if (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        List<String> segments = new ArrayList<>();
        if (!rest.isEmpty()) {
            for (String raw : rest.substring(1).split("/", -1)) {
                String segment;
                try {
                    segment = UriUtils.decode(raw, StandardCharsets.UTF_8);
                } catch (IllegalArgumentException badEscape) {
                    return Optional.empty();
                }
                if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.contains("/")
                        || segment.contains("\\") || raw.contains(";")) {
                    return Optional.empty();
                }
                segments.add(segment);
            }
        }
        boolean named = !segments.isEmpty() && segments.get(0).equals("engine");
        if (door.equals(WEBAPP) && !named) {
            // The webapps serve only the named form; anything else is no engine resource there.
            return Optional.of(new EngineApiRequest(door, null, "/" + String.join("/", segments)));
        }
        if (named && segments.size() == 1) {
            return Optional.of(new EngineApiRequest(door, null, "/engine"));
        }
        if (named) {
            return Optional.of(new EngineApiRequest(door, segments.get(1), "/" + String.join("/", segments.subList(2, segments.size()))));
        }
        return Optional.of(new EngineApiRequest(door, DEFAULT_ENGINE, "/" + String.join("/", segments)));
    }

    /**
     * Requests with this method for a resource matching the pattern, on every door and path form. In
     * the pattern {@code *} stands for one segment and a final {@code **} for any number (none included).
     */
    public static RequestMatcher matcher(HttpMethod method, String resourcePattern) {
        List<String> pattern = Arrays.asList(resourcePattern.substring(1).split("/"));
        return new RequestMatcher() {
            @Override
            public boolean matches(HttpServletRequest request) {
                return (method == null || method.matches(request.getMethod()))
                        && of(request).filter(r -> r.resourceMatches(pattern)).isPresent();
            }

            @Override
            public String toString() {
                return (method == null ? "" : method + " ") + "<engine API>" + resourcePattern;
            }
        };
    }

    /** The request as one line naming the resource the same way for every form, e.g. {@code /engine-rest/engine/default/user/create}. */
    public String canonical() {
        return door + (engine == null ? resource : "/engine/" + engine + resource);
    }

    private boolean resourceMatches(List<String> pattern) {
        List<String> segments = resource.equals("/") ? List.of() : Arrays.asList(resource.substring(1).split("/", -1));
        for (int i = 0; i < pattern.size(); i++) {
            if (pattern.get(i).equals("**") && i == pattern.size() - 1) {
                return true;
            }
            if (i >= segments.size() || !(pattern.get(i).equals("*") || pattern.get(i).equals(segments.get(i)))) {
                return false;
            }
        }
        return segments.size() == pattern.size();
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    private static String door(String path) {
        for (String door : List.of(REST, WEBAPP)) {
            if (path.equals(door) || path.startsWith(door + "/")) {
                return door;
            }
        }
        return null;
    }
}
