package org.coproduce.open311.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.control.Caller;
import org.coproduce.accounts.control.SecurityLog;
import org.coproduce.accounts.entity.Role;
import org.coproduce.accounts.entity.SecurityEvent;
import org.coproduce.open311.control.ApiKeys;
import org.coproduce.platform.Ids;
import org.coproduce.problems.NotFound;
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

/** Admins issue Open311 API keys to civic apps (the key shown once) and revoke them; both go into the security log. */
@Path("admin/open311/keys")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "open311")
public class Open311KeysResource {

    @Inject
    ApiKeys keys;

    @Inject
    Caller caller;

    @Inject
    SecurityLog log;

    @GET
    @Allowed(Role.ADMIN)
    @Operation(operationId = "listOpen311Keys", summary = "The Open311 API keys, oldest first (never the keys themselves)")
    public List<KeyView> list() {
        return keys.all().stream().map(k -> KeyView.of(k, null)).toList();
    }

    @POST
    @Allowed(Role.ADMIN)
    @Operation(operationId = "issueOpen311Key", summary = "Issues an Open311 API key to an app: the key is in this answer only")
    @RequestBody(description = "Which app the key is for", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "fixMyStreet", value = "{\"name\": \"FixMyStreet Leeds\"}")))
    public Response issue(@Valid @NotNull KeyInput input) {
        var issued = keys.issue(input.name().strip(), caller.id());
        log.byCaller(SecurityEvent.Kind.OPEN311_KEY_ISSUED, null, "open311 key " + issued.stored().id() + " " + issued.stored().keyPrefix());
        return Response.status(201).entity(KeyView.of(issued.stored(), issued.key())).build();
    }

    @DELETE
    @Path("{id}")
    @Allowed(Role.ADMIN)
    @Operation(operationId = "revokeOpen311Key", summary = "Revokes an Open311 API key: refused from now on, still listed")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH, description = "The key's id", schema = @Schema(type = SchemaType.INTEGER)))
    public KeyView revoke(@PathParam("id") String id) {
        var key = Ids.parse(id).flatMap(keys::find).orElseThrow(() -> new NotFound("API key", id));
        if (!key.revoked()) {
            keys.revoke(key);
            log.byCaller(SecurityEvent.Kind.OPEN311_KEY_REVOKED, null, "open311 key " + key.id() + " " + key.keyPrefix());
        }
        return KeyView.of(key, null);
    }
}
