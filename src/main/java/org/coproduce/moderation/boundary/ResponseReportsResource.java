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
import org.coproduce.responses.control.Responding;
import org.coproduce.responses.entity.StoryResponse;
import org.coproduce.stories.control.Stories;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Anyone reports a published response (or reply) under a published story: as for stories. */
@Path("responses/{id}/reports")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "moderation")
public class ResponseReportsResource {

    @Inject
    Responding responding;

    @Inject
    Stories stories;

    @Inject
    Notices notices;

    @Context
    HttpServletRequest request;

    @POST
    @Operation(operationId = "reportResponse", summary = "Reports a published response as illegal or against the rules")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH,
            description = "The response's id", schema = @Schema(type = SchemaType.INTEGER)))
    public Response report(@PathParam("id") String id, @Valid @NotNull ReportNotice notice) {
        var response = Ids.parse(id).flatMap(responding::find).filter(r -> StoryResponse.PUBLISHED.equals(r.status()))
                .orElseThrow(() -> new NotFound("response", id));
        var story = stories.published(response.storyId()).orElseThrow(() -> new NotFound("response", id));
        notices.take(story, response.id(), notice, request);
        return Response.accepted(Map.of("received", true)).build();
    }
}
