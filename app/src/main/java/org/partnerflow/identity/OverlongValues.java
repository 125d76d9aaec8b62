package org.partnerflow.identity;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.sql.SQLException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;

/**
 * An id, name or key longer than its column (255 characters for most of the engine's) fails when the
 * engine writes it, which Camunda answers with a 500. The database says so with the standard SQL state
 * 22001 (string data, right truncation) on H2 and PostgreSQL alike; the command's transaction has rolled
 * back, so nothing was written. It is the caller's mistake: a 400. Any other persistence failure is
 * answered as Camunda would.
 */
public class OverlongValues implements ExceptionMapper<ProcessEnginePersistenceException> {

    static final String STRING_TOO_LONG = "22001";

    @Override
    public Response toResponse(ProcessEnginePersistenceException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && STRING_TOO_LONG.equals(sql.getSQLState())) {
                ExceptionDto dto = new ExceptionDto();
                dto.setType("InvalidRequestException");
                dto.setMessage("A value is longer than the engine can store (ids, names and keys have at most 255 characters): nothing was saved.");
                return Response.status(Response.Status.BAD_REQUEST).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
            }
        }
        return ExceptionHandlerHelper.getInstance().getResponse(e);
    }
}
