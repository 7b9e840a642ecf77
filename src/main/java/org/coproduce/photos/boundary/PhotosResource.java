package org.coproduce.photos.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.coproduce.photos.control.Photos;
import org.coproduce.platform.Ids;
import org.coproduce.problems.NotFound;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A published story's photo, as a JPEG without metadata; 404 for any other photo, as for one that does not exist. */
@Path("photos")
@RequestScoped
@Transactional
@Tag(name = "photos")
public class PhotosResource {

    static final String URL = "api/photos/";

    @Inject
    Photos photos;

    @GET
    @Path("{id}")
    @Produces("image/jpeg")
    @Operation(operationId = "getPublishedPhoto", summary = "A published story's photo as a JPEG without metadata")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH, description = "The photo's id", schema = @Schema(type = SchemaType.INTEGER)))
    public Response jpeg(@PathParam("id") String id) {
        var photo = Ids.parse(id).flatMap(photos::published).orElseThrow(() -> new NotFound("photo", id));
        return Jpegs.publicly(photos, photo);
    }
}
