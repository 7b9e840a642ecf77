package org.coproduce.barriers.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.control.Caller;
import org.coproduce.accounts.entity.Role;
import org.coproduce.barriers.control.BarrierModeration;
import org.coproduce.barriers.control.Barriers;
import org.coproduce.barriers.entity.BarrierReport;
import org.coproduce.platform.Ids;
import org.coproduce.platform.Languages;
import org.coproduce.platform.Page;
import org.coproduce.platform.Paging;
import org.coproduce.problems.Conflict;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Moderators' queue of barrier reports and their decisions: publish (routing it) or reject. */
@Path("moderation/barriers")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({Role.MODERATOR, Role.ADMIN})
@Tag(name = "barriers")
public class BarrierModerationResource {

    @Inject
    Barriers barriers;

    @Inject
    BarrierModeration moderation;

    @Inject
    BarrierViews views;

    @Inject
    Caller caller;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listPendingBarriers", summary = "Barrier reports awaiting moderation, oldest first")
    @Parameters({
        @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page, from 1", schema = @Schema(type = SchemaType.INTEGER)),
        @Parameter(name = "size", in = ParameterIn.QUERY, description = "Page size, at most 100", schema = @Schema(type = SchemaType.INTEGER))
    })
    public Page<PendingBarrierView> queue(@QueryParam("page") String page, @QueryParam("size") String size) {
        String language = Languages.preferred(headers);
        return barriers.pending(Paging.of(page, size)).mapAll(items -> views.pending(items, language));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getBarrierForModeration", summary = "One barrier report as moderators see it, in any state")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH, description = "The barrier's id", schema = @Schema(type = SchemaType.INTEGER)))
    public PendingBarrierView get(@PathParam("id") String id) {
        return views.pending(barrier(id), Languages.preferred(headers));
    }

    @POST
    @Path("{id}/decision")
    @Operation(operationId = "decideBarrier", summary = "Publishes (and routes) or rejects a barrier report")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH, description = "The barrier's id", schema = @Schema(type = SchemaType.INTEGER)))
    public Map<String, Object> decide(@PathParam("id") String id, @Valid @NotNull BarrierDecision decision) {
        var barrier = barrier(id);
        if (decision.version() != null && decision.version() != barrier.version()) {
            throw new Conflict("This barrier report changed since you opened it (a photo was added). Reload it.");
        }
        switch (decision.action().strip().toUpperCase(java.util.Locale.ROOT)) {
            case "PUBLISH" -> {
                var routed = moderation.publish(barrier, caller.id(), decision.place(), decision.description());
                return Map.of("id", barrier.id(), "state", barrier.state().name(), "routedTo", routed);
            }
            case "REJECT" -> {
                moderation.reject(barrier, caller.id());
                return Map.of("id", barrier.id(), "state", barrier.state().name());
            }
            default -> throw new InvalidInput("action", "must be PUBLISH or REJECT");
        }
    }

    private BarrierReport barrier(String id) {
        return Ids.parse(id).flatMap(barriers::find).orElseThrow(() -> new NotFound("barrier", id));
    }
}
