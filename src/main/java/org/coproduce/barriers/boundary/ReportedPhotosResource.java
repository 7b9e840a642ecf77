package org.coproduce.barriers.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.coproduce.barriers.control.BarrierErasure;
import org.coproduce.barriers.control.BarrierPhotos;
import org.coproduce.photos.boundary.PhotoView;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The reporter adds photos to their report while it awaits moderation, through the private link
 * given with the report (its token is the only key, as for erasure): the file as the body, its
 * description in {@code alt}. Limits and re-encoding are the story photos' (photos component).
 */
@Path("barriers/reported/{token}/photos")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "barriers")
public class ReportedPhotosResource {

    @Inject
    BarrierErasure reports;

    @Inject
    BarrierPhotos photos;

    @PathParam("token")
    String token;

    /** The body is the file itself, whatever Content-Type is claimed: only its decoded pixels are kept. The answer's url is public once the report is. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "addBarrierPhoto", summary = "The reporter adds a photo (JPEG or PNG) while the report awaits moderation")
    @Parameter(name = "token", in = ParameterIn.PATH, description = "The token of the private link given with the report (eraseToken)",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "alt", in = ParameterIn.QUERY, description = "What the photo shows, for people who cannot see it (1 to 300 characters)",
            schema = @Schema(type = SchemaType.STRING))
    @RequestBody(description = "The photo file itself, JPEG or PNG (only its decoded pixels are kept)")
    public Response add(@QueryParam("alt") String alt, byte[] upload) {
        var barrier = reports.byToken(token).orElseThrow(() -> new NotFound("barrier report", "for this link"));
        var photo = photos.add(barrier, upload, alt);
        return Response.status(Response.Status.CREATED).entity(PhotoView.of(photo, BarrierViews.publicPhotos(barrier.id()))).build();
    }
}
