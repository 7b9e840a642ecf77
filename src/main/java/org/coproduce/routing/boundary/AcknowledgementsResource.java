package org.coproduce.routing.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashSet;
import java.util.Map;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.control.Caller;
import org.coproduce.accounts.entity.Role;
import org.coproduce.platform.Ids;
import org.coproduce.problems.Conflict;
import org.coproduce.problems.Forbidden;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.routing.control.Routes;
import org.coproduce.stories.control.Holding;
import org.coproduce.stories.control.Stories;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A responder of an organisation the held story was routed to confirms they have seen it: it becomes public now. */
@Path("stories/{storyId}/acknowledgement")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "routing")
public class AcknowledgementsResource {

    @Inject
    Stories stories;

    @Inject
    Routes routes;

    @Inject
    Holding holding;

    @Inject
    Caller caller;

    @POST
    @Allowed(Role.RESPONDER)
    @Operation(operationId = "acknowledgeStory", summary = "Acknowledges a routed story for the caller's organisation")
    @Parameter(name = "storyId", in = ParameterIn.PATH, description = "The story's number", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "version", in = ParameterIn.QUERY, description = "The version last read; a stale one is 409 (optimistic locking)",
            schema = @Schema(type = SchemaType.INTEGER))
    public Map<String, Object> acknowledge(@PathParam("storyId") String storyId, @QueryParam("version") String version) {
        var story = Ids.parse(storyId).flatMap(stories::forUpdate).filter(s -> s.held() || s.published())
                .orElseThrow(() -> new NotFound("story", storyId));
        var shared = new HashSet<>(routes.organisationsOf(story.id()));
        shared.retainAll(caller.organisations());
        if (shared.isEmpty()) {
            throw new Forbidden("This story was not routed to your organisation.");
        }
        if (version != null && Ids.parse(version).orElseThrow(() -> new InvalidInput("version", "must be a number")) != story.version()) {
            throw new Conflict("The story changed since you opened it. Reload it.");
        }
        if (!story.held()) {
            throw new Conflict("This story is public already.");
        }
        holding.release(story, caller.id(), "ACKNOWLEDGED");
        return Map.of("id", story.id(), "status", story.status().name());
    }
}
