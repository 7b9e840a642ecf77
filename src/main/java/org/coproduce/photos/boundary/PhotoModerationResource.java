package org.coproduce.photos.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.control.Caller;
import org.coproduce.accounts.entity.Role;
import org.coproduce.photos.control.Photos;
import org.coproduce.photos.entity.Photo;
import org.coproduce.platform.Ids;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.stories.control.Stories;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Moderators see every photo of a story, whatever its state, and remove one with a reason (kept in the story's trail). */
@Path("moderation/photos")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({Role.MODERATOR, Role.ADMIN})
@Tag(name = "photos")
public class PhotoModerationResource {

    static final String URL = "api/moderation/photos/";

    @Inject
    Stories stories;

    @Inject
    Photos photos;

    @Inject
    Caller caller;

    @GET
    @Allowed({Role.MODERATOR, Role.ADMIN})
    @Operation(operationId = "listPhotosForModeration", summary = "Every photo of a story, whatever its state")
    @Parameters(@Parameter(name = "story", in = ParameterIn.QUERY, description = "The story's id", schema = @Schema(type = SchemaType.INTEGER)))
    public List<PhotoView> ofStory(@QueryParam("story") String story) {
        var found = Ids.parse(story).flatMap(stories::find).orElseThrow(() -> new NotFound("story", story));
        return photos.of(found.id()).stream().map(p -> PhotoView.of(p, URL)).toList();
    }

    @GET
    @Path("{id}")
    @Produces("image/jpeg")
    @Allowed({Role.MODERATOR, Role.ADMIN})
    @Operation(operationId = "getPhotoForModeration", summary = "A photo as a JPEG, whatever its story's state")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH, description = "The photo's id", schema = @Schema(type = SchemaType.INTEGER)))
    public Response jpeg(@PathParam("id") String id) {
        return Jpegs.of(photos, find(id));
    }

    @POST
    @Path("{id}/removal")
    @Allowed({Role.MODERATOR, Role.ADMIN})
    @Operation(operationId = "removePhotoAsModerator", summary = "Removes a photo with a reason, kept in the story's moderation trail")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH, description = "The photo's id", schema = @Schema(type = SchemaType.INTEGER)))
    public Response remove(@PathParam("id") String id, @Valid @NotNull Removal removal) {
        photos.removeByModerator(find(id), caller.id(), removal.reason().strip());
        return Response.noContent().build();
    }

    private Photo find(String id) {
        return Ids.parse(id).flatMap(photos::find).orElseThrow(() -> new NotFound("photo", id));
    }

    public record Removal(@NotBlank @Size(max = 500) String reason) {
    }
}
