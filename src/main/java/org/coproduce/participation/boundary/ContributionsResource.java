package org.coproduce.participation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.coproduce.participation.control.Contributions;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The author of a proposal or comment erases it with the token they were given when it was taken. */
@Path("contributions/{token}")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "participation")
public class ContributionsResource {

    @Inject
    Contributions contributions;

    @DELETE
    @Operation(operationId = "eraseContribution",
            summary = "Erases one's own proposal (with its comments and supports) or comment, by the token given when it was sent")
    @Parameters(@Parameter(name = "token", in = ParameterIn.PATH, description = "The token given with the proposal or comment",
            schema = @Schema(type = SchemaType.STRING)))
    public Response erase(@PathParam("token") String token) {
        if (!contributions.erase(token)) {
            throw new NotFound("contribution", null);
        }
        return Response.noContent().build();
    }
}
