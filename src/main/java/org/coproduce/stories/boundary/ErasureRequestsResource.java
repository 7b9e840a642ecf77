package org.coproduce.stories.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.coproduce.platform.ErasableByAddress.Erasable;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.stories.control.ErasureRequests;
import org.coproduce.stories.entity.ErasureRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Erasure for a storyteller or barrier reporter who lost the private link (Art. 17): the address
 * they sent with gets a one-time link; the link lists the stories told and the barrier reports
 * sent with it (each component's {@code platform.ErasableByAddress}, kinds "story" and "barrier")
 * and erases the chosen ones on confirmation.
 */
@Path("erasure-requests")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "stories")
public class ErasureRequestsResource {

    static final String BARRIER = "barrier";

    @Inject
    ErasureRequests requests;

    /** Always 202, whether or not stories were told with the address: the answer tells no one which addresses are known. */
    @POST
    @Operation(operationId = "requestErasure", summary = "E-mails a link to erase the stories and barrier reports sent with an address")
    public Response ask(@Valid @NotNull Asked asked) {
        requests.ask(asked.email(), asked.language());
        return Response.accepted().build();
    }

    @GET
    @Path("{token}")
    @Operation(operationId = "getErasureRequest", summary = "The stories and barrier reports an erasure link would erase")
    @Parameters(@Parameter(name = "token", in = ParameterIn.PATH, description = "The token from the e-mailed erasure link",
            schema = @Schema(type = SchemaType.STRING)))
    public Listed stories(@PathParam("token") String token) {
        var request = open(token);
        var listed = requests.listed(request);
        return new Listed(items(listed.get(ErasureRequest.STORY)), items(listed.get(BARRIER)), request.expiresAt());
    }

    @POST
    @Path("{token}/confirmation")
    @Operation(operationId = "confirmErasure", summary = "Erases the chosen stories and barrier reports of an erasure link")
    @Parameters(@Parameter(name = "token", in = ParameterIn.PATH, description = "The token from the e-mailed erasure link",
            schema = @Schema(type = SchemaType.STRING)))
    public Erased confirm(@PathParam("token") String token, @Valid Confirmation confirmation) {
        var chosen = confirmation == null ? new Confirmation(null, null) : confirmation;
        return new Erased(requests.confirm(open(token), Map.of(ErasureRequest.STORY, orNone(chosen.storyIds()), BARRIER,
                orNone(chosen.barrierIds()))));
    }

    private ErasureRequest open(String token) {
        return requests.byToken(token).orElseThrow(() -> new NotFound("erasure request", "for this link"));
    }

    private static List<Item> items(List<Erasable> listed) {
        return listed == null ? List.of() : listed.stream().map(e -> new Item(e.id(), e.title(), e.excerpt(), e.status(), e.submittedAt()))
                .toList();
    }

    private static List<Long> orNone(List<Long> ids) {
        return ids == null ? List.of() : ids;
    }

    public record Asked(@NotBlank @Email @Size(max = 254) String email, @Pattern(regexp = "en|de") String language) {
    }

    /** The ids to erase of each kind; when none at all are given, everything the link lists. */
    public record Confirmation(List<Long> storyIds, List<Long> barrierIds) {
    }

    /** A story (its title) or a barrier report (its place), with an excerpt of the sender's words. */
    public record Item(long id, String title, String excerpt, String status, Instant submittedAt) {
    }

    public record Listed(List<Item> stories, List<Item> barriers, Instant expiresAt) {
    }

    public record Erased(int erased) {
    }
}
