package org.coproduce.photos.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.coproduce.photos.control.Photos;
import org.coproduce.platform.Ids;
import org.coproduce.problems.NotFound;
import org.coproduce.stories.control.Stories;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public photos of a published story; nothing (404) while it is not published. */
@Path("stories/{id}/photos")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "photos")
public class StoryPhotosResource {

    @Inject
    Stories stories;

    @Inject
    Photos photos;

    @GET
    @Operation(operationId = "listStoryPhotos", summary = "The photos of a published story, oldest first")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH, description = "The story's id", schema = @Schema(type = SchemaType.INTEGER)))
    public List<PhotoView> list(@PathParam("id") String id) {
        var story = Ids.parse(id).flatMap(stories::published).orElseThrow(() -> new NotFound("story", id));
        return photos.of(story.id()).stream().map(p -> PhotoView.of(p, PhotosResource.URL)).toList();
    }
}
