package org.partnerflow.identity;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;

/**
 * Several Camunda REST resources read their request body's fields without checking them, so a body
 * that leaves out a required part (an authorization without a type, a migration without a plan) ends
 * in a NullPointerException that Camunda answers with a 500. When it is thrown in the REST layer
 * itself, reading the request, it is the caller's mistake: a 400. Deeper in the engine it stays a 500.
 */
public class IncompleteRequests implements ExceptionMapper<NullPointerException> {

    @Override
    public Response toResponse(NullPointerException e) {
        StackTraceElement[] frames = e.getStackTrace();
        boolean readingTheRequest = frames.length > 0 && frames[0].getClassName().startsWith("org.camunda.bpm.engine.rest.");
        if (!readingTheRequest) {
            return ExceptionHandlerHelper.getInstance().getResponse(e);
        }
        ExceptionDto dto = new ExceptionDto();
        dto.setType("InvalidRequestException");
        dto.setMessage("The request leaves out something this call needs: check its body against the API.");
        return Response.status(Response.Status.BAD_REQUEST).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
