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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.coproduce.following.control.Subscriptions;
import org.coproduce.following.entity.Digest;
import org.coproduce.following.entity.Target;
import org.coproduce.participation.control.Contributions;
import org.coproduce.participation.control.Participations;
import org.coproduce.platform.Ids;
import org.coproduce.platform.Languages;
import org.coproduce.platform.Secrets;
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

/** Anyone proposes an idea for a change open for participation, optionally following the change by e-mail; held for moderation. */
@Path("changes/{id}/proposals")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "participation")
public class ProposalsResource {

    @Inject
    Participations participations;

    @Inject
    Contributions contributions;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Secrets secrets;

    @Inject
    Clients clients;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    /** A proposal: the idea, the name to show (none: anonymous), an address to follow the change (double opt-in). */
    public record ProposalInput(@NotBlank @Size(max = 2000) String text, @Size(max = 60) String displayName,
            @Email @Size(max = 254) String email, @Pattern(regexp = "en|de") String language) {
    }

    @POST
    @Operation(operationId = "proposeIdea", summary = "Proposes an idea for a change open for participation (held for moderation)")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH, description = "The change's id", schema = @Schema(type = SchemaType.INTEGER)))
    @RequestBody(description = "The idea; displayName and email optional",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "proposal",
                    value = "{\"text\": \"Open the ramp at the side entrance before 8.\", \"displayName\": \"Sam\"}")))
    public Response propose(@PathParam("id") String id, @Valid @NotNull ProposalInput input) {
        long changeId = participations.change(changeId(id)).id();
        var participant = Participant.of(headers);
        String language = input.language() != null ? input.language() : Languages.preferred(headers);
        String client = clients.hash(request);
        var taken = contributions.propose(changeId, new Contributions.Text(input.text().strip(), name(input.displayName()), language),
                participant.hash(secrets), client);
        if (input.email() != null && !input.email().isBlank()) {
            subscriptions.subscribe(input.email(), language, Digest.NONE, new Target(Target.Kind.CHANGE, String.valueOf(changeId)),
                    client);
        }
        return participant.remembered(Response.accepted(Map.of("id", taken.contribution().id(), "status", "PENDING",
                "token", taken.token())), headers, uri);
    }

    static String name(String displayName) {
        return displayName == null || displayName.isBlank() ? null : displayName.strip();
    }

    private static long changeId(String id) {
        return Ids.parse(id).orElseThrow(() -> new NotFound("change", id));
    }
}
