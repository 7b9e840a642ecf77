package org.coproduce.responses.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.control.Caller;
import org.coproduce.accounts.entity.Role;
import org.coproduce.platform.Ids;
import org.coproduce.platform.Languages;
import org.coproduce.problems.CheckedAfterAccess;
import org.coproduce.problems.Forbidden;
import org.coproduce.problems.Inputs;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.responses.control.ChangeLog;
import org.coproduce.responses.control.ResponderInfo;
import org.coproduce.responses.control.Responding;
import org.coproduce.responses.entity.ChangeRecord;
import org.coproduce.routing.control.Routes;
import org.coproduce.stories.control.Stories;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A responder answers a story routed to one of their organisations. */
@Path("stories/{storyId}/responses")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "responses")
public class StoryResponsesResource {

    @Inject
    Stories stories;

    @Inject
    Routes routes;

    @Inject
    Responding responding;

    @Inject
    Caller caller;

    @Inject
    Inputs inputs;

    @Context
    HttpHeaders headers;

    @Inject
    ChangeLog changeLog;

    /** The caller's own responses to this story (not withdrawn), to edit or withdraw them. */
    @GET
    @Path("mine")
    @Allowed({Role.RESPONDER, Role.ADMIN})
    @Operation(operationId = "getOwnResponse", summary = "The caller's organisation's response to a story, if any")
    @Parameters(@Parameter(name = "storyId", in = ParameterIn.PATH,
            description = "The story's number", schema = @Schema(type = SchemaType.INTEGER)))
    public List<OwnResponse> mine(@PathParam("storyId") String storyId) {
        long story = Ids.parse(storyId).orElseThrow(() -> new NotFound("story", storyId));
        return responding.mine(story, caller.id()).stream().map(OwnResponse::of).toList();
    }

    @POST
    @Allowed(Role.RESPONDER)
    @Operation(operationId = "respondToStory", summary = "Responds to a story for the caller's organisation")
    @Parameters(@Parameter(name = "storyId", in = ParameterIn.PATH,
            description = "The story's number", schema = @Schema(type = SchemaType.INTEGER)))
    @CheckedAfterAccess
    public Response respond(@PathParam("storyId") String storyId, ResponseInput body) {
        var story = Ids.parse(storyId).flatMap(stories::published).orElseThrow(() -> new NotFound("story", storyId));
        var shared = new HashSet<>(routes.organisationsOf(story.id()));
        shared.retainAll(caller.organisations());
        if (shared.isEmpty()) {
            throw new Forbidden("This story was not routed to your organisation.");
        }
        var input = inputs.valid(body);
        var account = caller.account().orElseThrow();
        var responder = new ResponderInfo(account.id(), account.displayName(), account.jobTitle(),
                shared.stream().sorted().findFirst().orElseThrow(), Languages.stated(headers));
        var response = responding.respond(story, responder, input.text().strip(), change(input.change(), responder.organisationId()));
        return Response.status(201).entity(Map.of("id", response.id(), "status", response.status())).build();
    }

    /** The change as recorded: described here, or the description of the register's entry it joins. */
    private ChangeRecord change(ResponseInput.Change change, long organisationId) {
        if (change == null) {
            return null;
        }
        String kind = change.kind().strip().toUpperCase(Locale.ROOT);
        if (!kind.equals(ChangeRecord.PLANNED) && !kind.equals(ChangeRecord.MADE)) {
            throw new InvalidInput("change.kind", "must be PLANNED or MADE");
        }
        if (change.changeId() != null) {
            var entry = changeLog.joinable(change.changeId(), organisationId).orElseThrow(() -> new InvalidInput("change.changeId",
                    "change " + change.changeId() + " is not an open change of your organisation"));
            return new ChangeRecord(kind, entry.description());
        }
        if (change.description() == null || change.description().isBlank()) {
            throw new InvalidInput("change.description", "must not be blank");
        }
        return new ChangeRecord(kind, change.description().strip());
    }
}
