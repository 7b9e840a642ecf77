package org.coproduce.participation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.entity.Role;
import org.coproduce.following.control.Subscriptions;
import org.coproduce.following.entity.Digest;
import org.coproduce.following.entity.Target;
import org.coproduce.participation.control.Contributions;
import org.coproduce.participation.control.Milestones;
import org.coproduce.participation.control.Participations;
import org.coproduce.participation.entity.Stage;
import org.coproduce.participation.entity.Answer;
import org.coproduce.participation.entity.Contribution;
import org.coproduce.participation.control.Answers;
import org.coproduce.participation.control.Supports;
import org.coproduce.accounts.control.Caller;
import org.coproduce.platform.Page;
import org.coproduce.platform.Paging;
import java.util.Optional;
import org.coproduce.platform.Ids;
import org.coproduce.platform.Languages;
import org.coproduce.platform.Secrets;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.stories.control.Clients;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
