package org.coproduce.following.boundary;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.coproduce.following.control.Followed;
import org.coproduce.following.control.Subscriptions;
import org.coproduce.following.control.Unfollowing;
import org.coproduce.following.entity.Digest;
import org.coproduce.following.entity.Target;
import org.coproduce.platform.Languages;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.stories.control.Clients;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Following by e-mail, no account: subscribe (double opt-in), confirm with the e-mailed token,
 * unsubscribe with one click (RFC 8058; any body is accepted and ignored).
 */
@Path("subscriptions")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "following")
public class SubscriptionsResource {

    @Inject
    Subscriptions subscriptions;

    @Inject
    Unfollowing unfollowing;

    @Inject
    Followed followed;

    @Inject
    Clients clients;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    /**
     * What to follow: {@code kind} SERVICE, ORGANISATION, THEME, AREA or CHANGE; {@code target} its id, code or bbox;
     * {@code digest} DAILY or WEEKLY (a change has none: its followers are e-mailed at each milestone).
     */
    public record Following(@NotBlank @Email @Size(max = 254) String email,
            @NotNull @Pattern(regexp = "SERVICE|ORGANISATION|THEME|AREA|CHANGE") String kind,
            @NotBlank @Size(max = 100) String target,
            @Pattern(regexp = "DAILY|WEEKLY") String digest,
            @Pattern(regexp = "en|de") String language) {
    }

    public record Confirmation(@NotBlank @Size(max = 100) String token) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "subscribeByEmail",
            summary = "Follows a service, organisation, theme or area by e-mail digest, or a change's milestones (double opt-in)")
    public Response subscribe(@Valid @NotNull Following following) {
        var kind = Target.Kind.valueOf(following.kind());
        var target = Target.of(kind, following.target())
                .filter(t -> followed.name(t, "en").isPresent())
                .orElseThrow(() -> new InvalidInput("target", "names nothing that can be followed"));
        if (following.digest() == null && kind != Target.Kind.CHANGE) {
            throw new InvalidInput("digest", "must not be null");
        }
        var digest = kind == Target.Kind.CHANGE ? Digest.NONE : Digest.valueOf(following.digest());
        String language = following.language() != null ? following.language() : Languages.preferred(headers);
        subscriptions.subscribe(following.email(), language, digest, target, clients.hash(request));
        return Response.accepted(Map.of("accepted", true)).build();
    }

    @POST
    @Path("confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "confirmSubscription", summary = "Confirms an e-mail subscription with the e-mailed token")
    public Map<String, Object> confirm(@Valid @NotNull Confirmation confirmation) {
        var subscription = subscriptions.confirm(confirmation.token())
                .orElseThrow(() -> new NotFound("confirmation link", null));
        var target = subscription.target();
        var answer = new java.util.LinkedHashMap<String, Object>(Map.of("confirmed", true, "kind", target.kind().name(),
                "target", target.key(), "name", followed.name(target, subscription.language()).orElse(target.key()),
                "digest", subscription.digest().name()));
        if (target.feedPath() != null) {
            answer.put("feed", "/feeds/" + target.feedPath());
        }
        return answer;
    }

    @POST
    @Path("unsubscribe")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "unsubscribeFromDigest", summary = "One-click unsubscribe from an e-mail subscription (RFC 8058)")
    @Parameters(@Parameter(name = "token", in = ParameterIn.QUERY, description = "The token from the e-mail's unsubscribe link",
            schema = @Schema(type = SchemaType.STRING)))
    public Map<String, Object> unsubscribe(@QueryParam("token") String token) {
        if (!unfollowing.unsubscribe(token)) {
            throw new NotFound("unsubscribe link", null);
        }
        return Map.of("unsubscribed", true);
    }
}
