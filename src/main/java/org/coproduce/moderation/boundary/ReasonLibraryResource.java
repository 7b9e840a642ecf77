package org.coproduce.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.control.Caller;
import org.coproduce.accounts.entity.Role;
import org.coproduce.moderation.control.Reasons;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.RetriedOnConflict;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators keep the library of reasons: create, reword, delete; each change versioned and audited. */
@Path("admin/reasons")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "moderation")
public class ReasonLibraryResource {

    @Inject
    Reasons reasons;

    @Inject
    Caller caller;

    @POST
    @Allowed(Role.ADMIN)
    @Operation(operationId = "createReason", summary = "Adds a reason to the library moderators choose from")
    public Response create(@Valid @NotNull ReasonInput input) {
        if (input.code() == null) {
            throw new InvalidInput("code", "name the new reason's code, e.g. PERSONAL_DATA");
        }
        return Response.status(201).entity(ReasonView.of(reasons.create(input.code(), input.wording(), caller.id()))).build();
    }

    @PUT
    @Path("{code}")
    @Allowed(Role.ADMIN)
    @Operation(operationId = "changeReason", summary = "Changes a reason's texts")
    @Parameters(@Parameter(name = "code", in = ParameterIn.PATH,
            description = "The reason's code", schema = @Schema(type = SchemaType.STRING)))
    public ReasonView change(@PathParam("code") String code, @Valid @NotNull ReasonInput input) {
        if (input.version() == null) {
            throw new InvalidInput("version", "must be the version of the reason you saw");
        }
        return ReasonView.of(reasons.change(code, input.version(), input.wording(), caller.id()));
    }

    @DELETE
    @Path("{code}")
    @Allowed(Role.ADMIN)
    @Operation(operationId = "retireReason", summary = "Retires a reason (kept for the decisions that cite it)")
    @Parameter(name = "code", in = ParameterIn.PATH, description = "The reason's code", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "version", in = ParameterIn.QUERY, description = "The version last read; a stale one is 409 (optimistic locking)",
            schema = @Schema(type = SchemaType.INTEGER))
    public Response delete(@PathParam("code") String code, @QueryParam("version") String version) {
        if (version == null || !version.strip().matches("-?[0-9]{1,18}")) {
            throw new InvalidInput("version", "must be the version of the reason you saw, a whole number");
        }
        reasons.delete(code, Long.parseLong(version.strip()), caller.id());
        return Response.noContent().build();
    }

    /** The library's audit trail for one reason: who changed what, when. */
    @GET
    @Path("{code}/changes")
    @Allowed(Role.ADMIN)
    @Operation(operationId = "listReasonChanges", summary = "The trail of changes to a reason")
    @Parameters(@Parameter(name = "code", in = ParameterIn.PATH,
            description = "The reason's code", schema = @Schema(type = SchemaType.STRING)))
    public List<ChangeView> changes(@PathParam("code") String code) {
        return reasons.changes(code).stream().map(c -> new ChangeView(c.accountId(), c.action(), c.textBefore(),
                c.textAfter(), c.changedAt())).toList();
    }

    public record ChangeView(Long accountId, String action, String before, String after, Instant changedAt) {
    }
}
