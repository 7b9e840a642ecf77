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
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.stories.control.ErasureRequests;
import org.coproduce.stories.entity.ErasureRequest;
import org.coproduce.stories.entity.Story;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Erasure for a storyteller who lost the follow link (Art. 17): the address they told with gets
 * a one-time link; the link lists the stories told with it and erases them on confirmation.
 */
@Path("erasure-requests")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "stories")
public class ErasureRequestsResource {

    static final int EXCERPT = 120;

    @Inject
    ErasureRequests requests;

    /** Always 202, whether or not stories were told with the address: the answer tells no one which addresses are known. */
    @POST
    @Operation(operationId = "requestErasure", summary = "E-mails a link to erase the stories told with an address")
    public Response ask(@Valid @NotNull Asked asked) {
        requests.ask(asked.email(), asked.language());
        return Response.accepted().build();
    }

    @GET
    @Path("{token}")
    @Operation(operationId = "getErasureRequest", summary = "The stories an erasure link would erase")
    @Parameters(@Parameter(name = "token", in = ParameterIn.PATH, description = "The token from the e-mailed erasure link",
            schema = @Schema(type = SchemaType.STRING)))
    public Listed stories(@PathParam("token") String token) {
        var request = open(token);
        return new Listed(requests.stories(request).stream().map(ErasureRequestsResource::item).toList(), request.expiresAt());
    }

    @POST
    @Path("{token}/confirmation")
    @Operation(operationId = "confirmErasure", summary = "Erases the stories of an erasure link")
    @Parameters(@Parameter(name = "token", in = ParameterIn.PATH, description = "The token from the e-mailed erasure link",
            schema = @Schema(type = SchemaType.STRING)))
    public Erased confirm(@PathParam("token") String token, @Valid Confirmation confirmation) {
        return new Erased(requests.confirm(open(token), confirmation == null ? null : confirmation.storyIds()));
    }

    private ErasureRequest open(String token) {
        return requests.byToken(token).orElseThrow(() -> new NotFound("erasure request", "for this link"));
    }

    private static Item item(Story s) {
        String text = s.text().story() != null ? s.text().story() : "";
        String excerpt = text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…";
        return new Item(s.id(), s.text().title(), excerpt, s.status().name(), s.submittedAt());
    }

    public record Asked(@NotBlank @Email @Size(max = 254) String email, @Pattern(regexp = "en|de") String language) {
    }

    public record Confirmation(List<Long> storyIds) {
    }

    public record Item(long id, String title, String excerpt, String status, Instant submittedAt) {
    }

    public record Listed(List<Item> stories, Instant expiresAt) {
    }

    public record Erased(int erased) {
    }
}
