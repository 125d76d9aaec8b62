package org.partnerflow.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.partnerflow.identity.EngineApiRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers a signed-in person's refused engine API request ({@code /engine-rest} or the webapps'
 * {@code /camunda/api/engine}) with 403 and writes the refusal to the access log, as the views'
 * refusals are: record type {@code engine-rest}, the method and path as the record (a REST call names a
 * resource, rarely one case). The path is written in one form whichever form was sent
 * ({@link EngineApiRequest#canonical()}), so the refusals of one resource read alike. Unsigned
 * requests are 401 and not logged.
 */
@Component
public class RefusedEngineRequests implements AccessDeniedHandler {

    static final String RECORD_TYPE = "engine-rest";

    private final AccessLog accessLog;

    RefusedEngineRequests(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused) throws IOException {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        String path = EngineApiRequest.of(request).map(EngineApiRequest::canonical)
                .orElse(request.getRequestURI().substring(request.getContextPath().length()));
        accessLog.record(who == null ? null : who.getName(), RECORD_TYPE, AccessLog.fitted(request.getMethod() + " " + path), RECORD_TYPE, false);
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
