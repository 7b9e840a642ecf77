package org.coproduce.participation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.entity.Role;
import org.coproduce.participation.control.Participations;
import org.coproduce.platform.Ids;
import org.coproduce.platform.Secrets;
import org.coproduce.problems.CheckedAfterAccess;
import org.coproduce.problems.Inputs;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A change's participation: anyone reads it; the change's organisation's staff open or close it. */
@Path("changes/{id}/participation")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "participation")
public class ParticipationResource {

    @Inject
    Participations participations;

    @Inject
    ParticipationViews views;

    @Inject
    Secrets secrets;

    @Inject
    Inputs inputs;

    @Context
    HttpHeaders headers;

    public record Opening(@NotNull Boolean open) {
    }

    @GET
    @Operation(operationId = "getParticipation",
            summary = "A change's participation: counts, published proposals with answers and comments, milestones")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH, description = "The change's id", schema = @Schema(type = SchemaType.INTEGER)))
    public ParticipationView get(@PathParam("id") String id) {
        long changeId = participations.change(changeId(id)).id();
        return views.of(changeId, Participant.known(headers).map(p -> p.hash(secrets)));
    }

    @PUT
    @Allowed({Role.RESPONDER, Role.QUALITY_MANAGER, Role.ADMIN})
    @Operation(operationId = "openParticipation", summary = "Opens or closes a change for participation (its organisation's staff)")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH, description = "The change's id", schema = @Schema(type = SchemaType.INTEGER)))
    @CheckedAfterAccess
    public ParticipationView open(@PathParam("id") String id, Opening body) {
        var change = participations.writable(changeId(id));
        participations.open(change, inputs.valid(body).open());
        return views.of(change.id(), java.util.Optional.empty());
    }

    private static long changeId(String id) {
        return Ids.parse(id).orElseThrow(() -> new NotFound("change", id));
    }
}
