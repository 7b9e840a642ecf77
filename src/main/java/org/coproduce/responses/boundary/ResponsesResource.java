package org.coproduce.responses.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.control.Caller;
import org.coproduce.accounts.entity.Role;
import org.coproduce.platform.Ids;
import org.coproduce.problems.CheckedAfterAccess;
import org.coproduce.problems.Conflict;
import org.coproduce.problems.Forbidden;
import org.coproduce.problems.Inputs;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.responses.control.Responding;
import org.coproduce.responses.entity.StoryResponse;
import org.coproduce.stories.control.Clients;
import org.coproduce.stories.control.Reactions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Readers mark a published response helpful, once per client; its author edits it (re-moderated
 * unless fast-tracked and clean) or withdraws it (an administrator may withdraw it too).
 */
@Path("responses")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "responses")
public class ResponsesResource {

    @Inject
    Responding responding;

    @Inject
    Reactions reactions;

    @Inject
    Clients clients;

    @Context
    HttpServletRequest request;

    @Inject
    Caller caller;

    @Inject
    Inputs inputs;

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.RESPONDER, Role.ADMIN})
    @Operation(operationId = "editResponse", summary = "Changes the text of one's own published response")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH,
            description = "The response's id", schema = @Schema(type = SchemaType.INTEGER)))
    @CheckedAfterAccess
    public OwnResponse edit(@PathParam("id") String id, ResponseEdit body) {
        var response = own(id, false);
        var edit = inputs.valid(body);
        requireVersion(response, edit.version());
        responding.edit(response, caller.id(), edit.text().strip());
        return OwnResponse.of(response);
    }

    @DELETE
    @Path("{id}")
    @Allowed({Role.RESPONDER, Role.ADMIN})
    @Operation(operationId = "withdrawResponse", summary = "Withdraws one's own response")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The response's id", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "version", in = ParameterIn.QUERY, description = "The version last read; a stale one is 409 (optimistic locking)",
            schema = @Schema(type = SchemaType.INTEGER))
    public OwnResponse withdraw(@PathParam("id") String id, @QueryParam("version") String version) {
        var response = own(id, caller.has(Role.ADMIN));
        long seen = Ids.parse(version).orElseThrow(() -> new InvalidInput("version", "give the version of the response you saw"));
        requireVersion(response, seen);
        responding.withdraw(response, caller.id());
        return OwnResponse.of(response);
    }

    /** An organisation's response, of this caller (or, for an administrator when adminToo, anyone's). */
    private StoryResponse own(String id, boolean adminToo) {
        var response = Ids.parse(id).flatMap(responding::find).filter(r -> StoryResponse.PROVIDER.equals(r.kind()))
                .orElseThrow(() -> new NotFound("response", id));
        if (!adminToo && !Long.valueOf(caller.id()).equals(response.authorId())) {
            throw new Forbidden("Only the author of a response may change it.");
        }
        return response;
    }

    private static void requireVersion(StoryResponse response, long seen) {
        if (response.version() != seen) {
            throw new Conflict("This response changed since you opened it (edited, withdrawn or decided). Reload it.");
        }
    }

    @POST
    @Path("{id}/helpful")
    @Operation(operationId = "markResponseHelpful", summary = "Marks a response as helpful (once per client)")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH,
            description = "The response's id", schema = @Schema(type = SchemaType.INTEGER)))
    public Map<String, Object> helpful(@PathParam("id") String id) {
        var response = Ids.parse(id).flatMap(responding::find)
                .filter(r -> StoryResponse.PUBLISHED.equals(r.status())).orElseThrow(() -> new NotFound("response", id));
        boolean counted = reactions.once("RESPONSE", response.id(), clients.hash(request));
        if (counted) {
            response.helpful();
        }
        return Map.of("helpful", response.helpfulCount(), "counted", counted);
    }
}
