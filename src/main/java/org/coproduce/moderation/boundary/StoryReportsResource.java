package org.coproduce.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.coproduce.platform.Ids;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.stories.control.Stories;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Anyone reports a published story: no account, rate-limited per client; 202, the moderators look at it. */
@Path("stories/{id}/reports")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "moderation")
public class StoryReportsResource {

    @Inject
    Stories stories;

    @Inject
    Notices notices;

    @Context
    HttpServletRequest request;

    @POST
    @Operation(operationId = "reportStory", summary = "Reports a published story as illegal or against the rules")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH,
            description = "The story's number", schema = @Schema(type = SchemaType.INTEGER)))
    @RequestBody(description = "Why it should not be public: reason PERSONAL_DATA, OFFENSIVE, UNTRUE, OFF_TOPIC or OTHER (with text)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "personalData",
                    value = "{\"reason\": \"PERSONAL_DATA\", \"text\": \"It names my neighbour.\"}")))
    public Response report(@PathParam("id") String id, @Valid @NotNull ReportNotice notice) {
        var story = Ids.parse(id).flatMap(stories::published).orElseThrow(() -> new NotFound("story", id));
        notices.take(story, null, notice, request);
        return Response.accepted(Map.of("received", true)).build();
    }
}
