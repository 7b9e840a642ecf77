package org.coproduce.operations.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.control.SecurityLog;
import org.coproduce.accounts.entity.Role;
import org.coproduce.accounts.entity.SecurityEvent;
import org.coproduce.background.control.OutboxTasks;
import org.coproduce.background.entity.OutboxTask;
import org.coproduce.platform.Page;
import org.coproduce.platform.PageParameters;
import org.coproduce.problems.Conflict;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.NotFound;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Admins see background tasks by status (by default those that failed for good), run a failed
 * one again or drop it; both go into the security log.
 */
@Path("admin/tasks")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "operations")
public class TasksResource {

    private static final List<String> STATUSES = List.of(OutboxTask.FAILED, OutboxTask.PENDING, OutboxTask.DONE);

    @Inject
    OutboxTasks tasks;

    @Inject
    SecurityLog log;

    @GET
    @Allowed(Role.ADMIN)
    @Operation(operationId = "listTasks", summary = "Background tasks by status, newest first")
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "Only tasks in this state (default FAILED)",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"FAILED", "PENDING", "DONE"}))
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number, from 1 (default 1); out of range is 400 naming page",
            schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "size", in = ParameterIn.QUERY,
            description = "Items per page, 1 to 100 (default 20); out of range is 400 naming size",
            schema = @Schema(type = SchemaType.INTEGER))
    public Page<TaskView> list(@QueryParam("status") String status, @BeanParam PageParameters pages) {
        return tasks.withStatus(status(status), pages.paging()).map(TaskView::of);
    }

    @POST
    @Path("{id}/retry")
    @Allowed(Role.ADMIN)
    @Operation(operationId = "retryTask", summary = "Runs a task that failed for good again")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH, description = "The task's id", schema = @Schema(type = SchemaType.INTEGER)))
    public TaskView retry(@PathParam("id") String id) {
        var task = failed(id);
        tasks.retry(task);
        log.byCaller(SecurityEvent.Kind.TASK_RETRIED, null, describe(task));
        return TaskView.of(task);
    }

    @DELETE
    @Path("{id}")
    @Allowed(Role.ADMIN)
    @Operation(operationId = "dropTask", summary = "Drops a task that failed for good")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH, description = "The task's id", schema = @Schema(type = SchemaType.INTEGER)))
    public void drop(@PathParam("id") String id) {
        var task = failed(id);
        tasks.drop(task);
        log.byCaller(SecurityEvent.Kind.TASK_DROPPED, null, describe(task));
    }

    private OutboxTask failed(String id) {
        var task = parse(id).flatMap(tasks::find).orElseThrow(() -> new NotFound("task", id));
        if (!OutboxTask.FAILED.equals(task.status())) {
            throw new Conflict("Task " + task.id() + " is " + task.status() + ": only a task that failed for good can be retried or dropped.");
        }
        return task;
    }

    private static java.util.Optional<Long> parse(String id) {
        try {
            return java.util.Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static String status(String text) {
        if (text == null || text.isBlank()) {
            return OutboxTask.FAILED;
        }
        return STATUSES.stream().filter(s -> s.equalsIgnoreCase(text.strip())).findFirst()
                .orElseThrow(() -> new InvalidInput("status", "must be one of " + String.join(", ", STATUSES)));
    }

    private static String describe(OutboxTask task) {
        return "task " + task.id() + " " + task.kind() + " " + task.subjectId() + " after " + task.attempts() + " attempts";
    }
}
