package org.partnerflow.identity;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;

/**
 * Claiming a task someone else holds is the caller's mistake (or a lost race), not a failure: 409 with
 * who holds it, instead of Camunda's 500. Only someone the task is offered to gets this far; an
 * outsider is told the task does not exist ({@link EngineRestRequests}).
 */
public class TasksAlreadyClaimed implements ExceptionMapper<TaskAlreadyClaimedException> {

    @Override
    public Response toResponse(TaskAlreadyClaimedException e) {
        ExceptionDto dto = new ExceptionDto();
        dto.setType("TaskAlreadyClaimedException");
        dto.setMessage("This task is already claimed by " + e.getTaskAssignee() + ": ask them to hand it over or give it back.");
        return Response.status(Response.Status.CONFLICT).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
