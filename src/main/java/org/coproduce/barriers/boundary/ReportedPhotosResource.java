package org.coproduce.barriers.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.coproduce.barriers.control.BarrierErasure;
import org.coproduce.barriers.control.BarrierPhotos;
import org.coproduce.barriers.entity.BarrierReport;
import org.coproduce.photos.boundary.Jpegs;
import org.coproduce.photos.boundary.PhotoView;
import org.coproduce.photos.control.Photos;
import org.coproduce.photos.entity.Photo;
import org.coproduce.platform.Ids;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The reporter's photos on their report, through the private link given with the report (its token
 * is the only key, as for erasure): added while it awaits moderation (the file as the body, its
 * description in {@code alt}), listed and seen through the link, taken back while it awaits
 * moderation. Limits and re-encoding are the story photos' (photos component). Every answer here
 * is no-store ({@code web/NoStore}: the link's path).
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

    @Inject
    Photos photoStore;

    @PathParam("token")
    String token;

    @GET
    @Operation(operationId = "listReportedBarrierPhotos", summary = "The reporter's own photos on their report, each to be seen through the private link")
    @Parameters(@Parameter(name = "token", in = ParameterIn.PATH, description = "The token of the private link given with the report (eraseToken)",
            schema = @Schema(type = SchemaType.STRING)))
    public List<PhotoView> list() {
        return photos.of(barrier()).stream().map(p -> PhotoView.of(p, prefix())).toList();
    }

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
        var barrier = barrier();
        var photo = photos.add(barrier, upload, alt);
        return Response.status(Response.Status.CREATED).entity(PhotoView.of(photo, BarrierViews.publicPhotos(barrier.id()))).build();
    }

    @GET
    @Path("{photo}")
    @Produces("image/jpeg")
    @Operation(operationId = "getReportedBarrierPhoto", summary = "The reporter's own photo as a JPEG, whatever the report's state")
    @Parameter(name = "token", in = ParameterIn.PATH, description = "The token of the private link given with the report (eraseToken)",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "photo", in = ParameterIn.PATH, description = "The photo's id", schema = @Schema(type = SchemaType.INTEGER))
    public Response jpeg(@PathParam("photo") String id) {
        return Jpegs.of(photoStore, photo(barrier(), id));
    }

    /** 409 once the report is moderated; 404 for another report's photo. The trail of decisions on the report records it, without the description. */
    @DELETE
    @Path("{photo}")
    @Operation(operationId = "removeReportedBarrierPhoto", summary = "The reporter takes a photo back while the report awaits moderation")
    @Parameter(name = "token", in = ParameterIn.PATH, description = "The token of the private link given with the report (eraseToken)",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "photo", in = ParameterIn.PATH, description = "The photo's id", schema = @Schema(type = SchemaType.INTEGER))
    public Response remove(@PathParam("photo") String id) {
        var barrier = barrier();
        photos.takeBack(barrier, photo(barrier, id));
        return Response.noContent().build();
    }

    private BarrierReport barrier() {
        return reports.byToken(token).orElseThrow(() -> new NotFound("barrier report", "for this link"));
    }

    private Photo photo(BarrierReport barrier, String id) {
        return Ids.parse(id).flatMap(p -> photos.own(barrier, p)).orElseThrow(() -> new NotFound("photo", id));
    }

    private String prefix() {
        return "api/barriers/reported/" + token + "/photos/";
    }
}
