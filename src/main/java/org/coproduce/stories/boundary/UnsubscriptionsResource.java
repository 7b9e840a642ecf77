package org.coproduce.stories.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.stories.control.Unsubscribes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One-click unsubscribe (RFC 8058): the address in an e-mail's {@code List-Unsubscribe} header,
 * POSTed by the mail program with the body {@code List-Unsubscribe=One-Click} (any body is
 * accepted and ignored), or by the button on unsubscribe.html. Erases the address for that story.
 */
@Path("unsubscribe")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
@Tag(name = "stories")
public class UnsubscriptionsResource {

    @Inject
    Unsubscribes unsubscribes;

    @POST
    @Operation(operationId = "unsubscribeByLink", summary = "One-click unsubscribe from a public e-mail")
    @Parameters(@Parameter(name = "token", in = ParameterIn.QUERY, description = "The token from the e-mail's unsubscribe link",
            schema = @Schema(type = SchemaType.STRING)))
    public Map<String, Object> unsubscribe(@QueryParam("token") String token) {
        if (!unsubscribes.unsubscribe(token)) {
            throw new NotFound("unsubscribe link", null);
        }
        return Map.of("unsubscribed", true);
    }
}
