package org.coproduce.barriers.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.coproduce.barriers.control.BarrierErasure;
import org.coproduce.barriers.entity.BarrierReport;
import org.coproduce.platform.Languages;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The reporter's private erasure link (erase.html#barrier=...): no account, the unguessable token is the key. */
@Path("barriers/erasure/{token}")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "barriers")
public class BarrierErasureResource {

    @Inject
    BarrierErasure erasure;

    @Inject
    BarrierViews views;

    @Context
    HttpHeaders headers;

    @PathParam("token")
    String token;

    /** What the link would erase: enough for the reporter to recognise it. */
    public record Erasable(long id, String category, String categoryLabel, String place, String state, Instant submittedAt) {
    }

    @GET
    @Operation(operationId = "getBarrierErasure", summary = "The barrier report the reporter's erasure link would erase")
    @Parameters(@Parameter(name = "token", in = ParameterIn.PATH, description = "The token of the erasure link given with the report",
            schema = @Schema(type = SchemaType.STRING)))
    public Erasable get() {
        var b = barrier();
        return new Erasable(b.id(), b.category(), views.label(b.category(), Languages.preferred(headers)), b.place(), b.state().name(),
                b.submittedAt());
    }

    @DELETE
    @Operation(operationId = "eraseBarrier", summary = "The reporter erases their barrier report; the link works no more")
    @Parameters(@Parameter(name = "token", in = ParameterIn.PATH, description = "The token of the erasure link given with the report",
            schema = @Schema(type = SchemaType.STRING)))
    public Response erase() {
        erasure.erase(barrier());
        return Response.noContent().build();
    }

    private BarrierReport barrier() {
        return erasure.byToken(token).orElseThrow(() -> new NotFound("barrier report", "for this link"));
    }
}
