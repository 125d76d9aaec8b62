package org.partnerflow.identity;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Arrays;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;

/**
 * Camunda REST builds variables from a request with code that throws IllegalArgumentException for
 * values it cannot read (a {@code File} without a file name, for one), which its generic mapper answers
 * with a 500. Thrown while reading the request's variable DTOs, it is the caller's mistake: a 400.
 * Any other IllegalArgumentException is answered as Camunda would.
 */
public class UnreadableVariables implements ExceptionMapper<IllegalArgumentException> {

    @Override
    public Response toResponse(IllegalArgumentException e) {
        boolean readingTheRequest = Arrays.stream(e.getStackTrace())
                .anyMatch(frame -> frame.getClassName().startsWith("org.camunda.bpm.engine.rest.dto."));
        if (!readingTheRequest) {
            return ExceptionHandlerHelper.getInstance().getResponse(e);
        }
        ExceptionDto dto = new ExceptionDto();
        dto.setType("InvalidRequestException");
        dto.setMessage("A variable cannot be read: " + e.getMessage());
        return Response.status(Response.Status.BAD_REQUEST).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
