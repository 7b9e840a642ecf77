package org.coproduce.photos.boundary;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.coproduce.photos.control.Photos;
import org.coproduce.photos.entity.Photo;
import org.coproduce.platform.Ids;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.stories.control.Stories;
import org.coproduce.stories.entity.Story;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The storyteller's photos, through the private follow link: added (the JPEG or PNG file as the
 * body, its description in {@code alt}) while the story awaits moderation, seen and taken back.
 */
@Path("follow/{token}/photos")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "photos")
public class FollowPhotosResource {

    @Inject
    Stories stories;

    @Inject
    Photos photos;

    @PathParam("token")
    String token;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listOwnPhotos", summary = "The photos of the storyteller's own story")
    @Parameters(@Parameter(name = "token", in = ParameterIn.PATH,
            description = "The storyteller's follow token (from the acknowledgement or the e-mail)",
            schema = @Schema(type = SchemaType.STRING)))
    public List<PhotoView> list() {
        return photos.of(story().id()).stream().map(p -> PhotoView.of(p, prefix())).toList();
    }

    /** The body is the file itself, whatever Content-Type is claimed: only its decoded pixels are kept. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "addOwnPhoto", summary = "The storyteller adds a photo (JPEG or PNG) while the story awaits moderation")
    @Parameter(name = "token", in = ParameterIn.PATH,
            description = "The storyteller's follow token (from the acknowledgement or the e-mail)",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "alt", in = ParameterIn.QUERY, description = "What the photo shows, for people who cannot see it (1 to 300 characters)",
            schema = @Schema(type = SchemaType.STRING))
    @RequestBody(description = "The photo file itself, JPEG or PNG (only its decoded pixels are kept)")
    public Response add(@QueryParam("alt") String alt, byte[] upload) {
        var photo = photos.add(story(), upload, alt);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(photo.id())).build())
                .entity(PhotoView.of(photo, prefix())).build();
    }

    @GET
    @Path("{photo}")
    @Produces("image/jpeg")
    @Operation(operationId = "getOwnPhoto", summary = "The storyteller's own photo as a JPEG, whatever the story's state")
    @Parameter(name = "token", in = ParameterIn.PATH,
            description = "The storyteller's follow token (from the acknowledgement or the e-mail)",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "photo", in = ParameterIn.PATH, description = "The photo's id", schema = @Schema(type = SchemaType.INTEGER))
    public Response jpeg(@PathParam("photo") String id) {
        return Jpegs.of(photos, photo(id));
    }

    @DELETE
    @Path("{photo}")
    @Operation(operationId = "removeOwnPhoto", summary = "The storyteller takes a photo back")
    @Parameter(name = "token", in = ParameterIn.PATH,
            description = "The storyteller's follow token (from the acknowledgement or the e-mail)",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "photo", in = ParameterIn.PATH, description = "The photo's id", schema = @Schema(type = SchemaType.INTEGER))
    public Response remove(@PathParam("photo") String id) {
        photos.removeByStoryteller(photo(id));
        return Response.noContent().build();
    }

    private Photo photo(String id) {
        long storyId = story().id();
        return Ids.parse(id).flatMap(photos::find).filter(p -> Long.valueOf(storyId).equals(p.storyId()))
                .orElseThrow(() -> new NotFound("photo", id));
    }

    private String prefix() {
        return "api/follow/" + token + "/photos/";
    }

    private Story story() {
        return stories.byFollowToken(token).orElseThrow(() -> new NotFound("story", "for this link"));
    }
}
