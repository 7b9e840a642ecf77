package org.coproduce.responses.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.coproduce.platform.Ids;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.responses.control.Responding;
import org.coproduce.responses.entity.StoryResponse;
import org.coproduce.stories.control.Clients;
import org.coproduce.stories.control.Reactions;

/** Readers mark a published response helpful, once per client. */
@Path("responses")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
public class ResponsesResource {

    @Inject
    Responding responding;

    @Inject
    Reactions reactions;

    @Inject
    Clients clients;

    @Context
    HttpServletRequest request;

    @POST
    @Path("{id}/helpful")
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
