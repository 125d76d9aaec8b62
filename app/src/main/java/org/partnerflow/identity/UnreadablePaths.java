package org.partnerflow.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * An address Spring Security's firewall refuses to read (a doubled slash, a "." or ".." segment, an
 * encoded slash, a parameter inside a path segment...) is answered here with a 400 and a sentence.
 * Spring's own handler sends an error page instead, and the error page's address falls to the views'
 * chain, which answered a REST client with a redirect to the sign-in page (302), or with the sign-in
 * page itself (200) to a client that follows it. The address is not echoed back.
 */
class UnreadablePaths implements RequestRejectedHandler {

    static final String MESSAGE = "This address cannot be read: it has an empty, '.' or '..' segment, an encoded slash"
            + " or backslash, or a parameter inside a segment. Send the plain address.";

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (EngineApiRequest.ANY.matches(request)) {
            response.setContentType("application/json");
            response.getWriter().write("{\"type\":\"InvalidRequestException\",\"message\":\"" + MESSAGE + "\"}");
        } else {
            response.setContentType("text/plain");
            response.getWriter().write(MESSAGE);
        }
    }
}
