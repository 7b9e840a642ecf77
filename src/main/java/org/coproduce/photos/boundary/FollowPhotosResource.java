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

/**
 * The storyteller's photos, through the private follow link: added (the JPEG or PNG file as the
 * body, its description in {@code alt}) while the story awaits moderation, seen and taken back.
 */
@Path("follow/{token}/photos")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
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
    public List<PhotoView> list() {
        return photos.of(story().id()).stream().map(p -> PhotoView.of(p, prefix())).toList();
    }

    /** The body is the file itself, whatever Content-Type is claimed: only its decoded pixels are kept. */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response add(@QueryParam("alt") String alt, byte[] upload) {
        var photo = photos.add(story(), upload, alt);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(photo.id())).build())
                .entity(PhotoView.of(photo, prefix())).build();
    }

    @GET
    @Path("{photo}")
    @Produces("image/jpeg")
    public Response jpeg(@PathParam("photo") String id) {
        return Jpegs.of(photos, photo(id));
    }

    @DELETE
    @Path("{photo}")
    public Response remove(@PathParam("photo") String id) {
        photos.removeByStoryteller(photo(id));
        return Response.noContent().build();
    }

    private Photo photo(String id) {
        long storyId = story().id();
        return Ids.parse(id).flatMap(photos::find).filter(p -> p.storyId() == storyId)
                .orElseThrow(() -> new NotFound("photo", id));
    }

    private String prefix() {
        return "api/follow/" + token + "/photos/";
    }

    private Story story() {
        return stories.byFollowToken(token).orElseThrow(() -> new NotFound("story", "for this link"));
    }
}
