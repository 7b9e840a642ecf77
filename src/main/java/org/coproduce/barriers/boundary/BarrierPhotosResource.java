package org.coproduce.barriers.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.coproduce.barriers.control.BarrierPhotos;
import org.coproduce.barriers.control.Barriers;
import org.coproduce.photos.boundary.Jpegs;
import org.coproduce.photos.control.Photos;
import org.coproduce.platform.Ids;
import org.coproduce.problems.NotFound;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A published barrier's photo, as a JPEG without metadata: one a moderator let through (a photo
 * is added only before the decision, and a removed one is gone). 404 for any other, as for one that
 * does not exist: a report awaiting moderation, rejected or erased, another barrier's photo.
 */
@Path("barriers/{id}/photos")
@RequestScoped
@Transactional
@Tag(name = "barriers")
public class BarrierPhotosResource {

    @Inject
    Barriers barriers;

    @Inject
    BarrierPhotos barrierPhotos;

    @Inject
    Photos photos;

    @GET
    @Path("{photo}")
    @Produces("image/jpeg")
    @Operation(operationId = "getBarrierPhoto", summary = "A published barrier's photo as a JPEG without metadata")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The barrier's id", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "photo", in = ParameterIn.PATH, description = "The photo's id", schema = @Schema(type = SchemaType.INTEGER))
    public Response jpeg(@PathParam("id") String id, @PathParam("photo") String photo) {
        var barrier = Ids.parse(id).flatMap(barriers::published).orElseThrow(() -> new NotFound("barrier", id));
        var found = Ids.parse(photo).flatMap(p -> barrierPhotos.of(barrier).stream().filter(b -> p.equals(b.id())).findFirst())
                .orElseThrow(() -> new NotFound("photo", photo));
        return Jpegs.publicly(photos, found);
    }
}
