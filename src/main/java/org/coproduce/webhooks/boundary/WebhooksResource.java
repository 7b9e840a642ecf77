package org.coproduce.webhooks.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.control.Caller;
import org.coproduce.accounts.entity.Role;
import org.coproduce.platform.Ids;
import org.coproduce.platform.Page;
import org.coproduce.platform.PageParameters;
import org.coproduce.problems.CheckedAfterAccess;
import org.coproduce.problems.Conflict;
import org.coproduce.problems.Inputs;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.webhooks.control.Endpoints;
import org.coproduce.webhooks.control.WebhookAccess;
import org.coproduce.webhooks.entity.WebhookEndpoint;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An organisation's webhook endpoints and their delivery logs, for its quality managers and admins. */
@Path("webhooks")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({Role.ADMIN, Role.QUALITY_MANAGER})
@Tag(name = "webhooks")
public class WebhooksResource {

    @Inject
    Endpoints endpoints;

    @Inject
    WebhookAccess access;

    @Inject
    Caller caller;

    @Inject
    Inputs inputs;

    @GET
    @Operation(operationId = "listWebhooks", summary = "An organisation's webhooks")
    @Parameters(@Parameter(name = "organisation", in = ParameterIn.QUERY, description = "The organisation's id",
            schema = @Schema(type = SchemaType.INTEGER)))
    public List<EndpointView> list(@QueryParam("organisation") String organisation) {
        return endpoints.of(access.scope(organisation)).stream().map(EndpointView::of).toList();
    }

    /** The organisation is in the body: a body without one is judged at once, any other after the right to manage it. */
    @POST
    @CheckedAfterAccess
    @Operation(operationId = "registerWebhook", summary = "Registers a webhook; answers its signing secret once")
    public Response register(EndpointInput body) {
        Optional.ofNullable(body).map(EndpointInput::organisationId).ifPresent(access::mayManage);
        var input = inputs.valid(body);
        var registered = endpoints.register(input.organisationId(), input.url(), input.events(), caller.id());
        return Response.status(201).entity(EndpointView.withSecret(registered.endpoint(), registered.secret())).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWebhook", summary = "One webhook")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH,
            description = "The webhook's id", schema = @Schema(type = SchemaType.INTEGER)))
    public EndpointView get(@PathParam("id") String id) {
        return EndpointView.of(endpoint(id));
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "changeWebhook", summary = "Changes a webhook's URL, events or state")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH,
            description = "The webhook's id", schema = @Schema(type = SchemaType.INTEGER)))
    @CheckedAfterAccess
    public EndpointView change(@PathParam("id") String id, EndpointInput body) {
        var endpoint = endpoint(id);
        var input = inputs.valid(body);
        if (input.organisationId() != endpoint.organisationId()) {
            throw new InvalidInput("organisationId", "an endpoint stays with its organisation");
        }
        requireVersion(endpoint, input.version());
        endpoints.change(endpoint, input.url(), input.events(), input.enabled());
        return EndpointView.of(endpoint);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteWebhook", summary = "Deletes a webhook")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The webhook's id", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "version", in = ParameterIn.QUERY, description = "The version last read; a stale one is 409 (optimistic locking)",
            schema = @Schema(type = SchemaType.INTEGER))
    public Response delete(@PathParam("id") String id, @QueryParam("version") String version) {
        var endpoint = endpoint(id);
        requireVersion(endpoint, Ids.parse(version).orElseThrow(() -> new InvalidInput("version", "must be the version you saw")));
        endpoints.remove(endpoint);
        return Response.noContent().build();
    }

    /** A new signing secret, shown in this answer only; the old one stops working at once. */
    @POST
    @Path("{id}/secret")
    @Operation(operationId = "renewWebhookSecret", summary = "Renews a webhook's signing secret")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH,
            description = "The webhook's id", schema = @Schema(type = SchemaType.INTEGER)))
    public EndpointView renewSecret(@PathParam("id") String id) {
        var endpoint = endpoint(id);
        return EndpointView.withSecret(endpoint, endpoints.renewSecret(endpoint));
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "A webhook's deliveries, newest first")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The webhook's id", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number, from 1 (default 1); out of range is 400 naming page",
            schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "size", in = ParameterIn.QUERY,
            description = "Items per page, 1 to 100 (default 20); out of range is 400 naming size",
            schema = @Schema(type = SchemaType.INTEGER))
    public Page<DeliveryView> deliveries(@PathParam("id") String id, @BeanParam PageParameters pages) {
        return endpoints.log(endpoint(id), pages.paging()).map(DeliveryView::of);
    }

    @POST
    @Path("{id}/deliveries/{delivery}/redelivery")
    @Operation(operationId = "redeliverWebhook", summary = "Sends a delivery again")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The webhook's id", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "delivery", in = ParameterIn.PATH, description = "The delivery's id", schema = @Schema(type = SchemaType.INTEGER))
    public Response redeliver(@PathParam("id") String id, @PathParam("delivery") String delivery) {
        var endpoint = endpoint(id);
        var original = Ids.parse(delivery).flatMap(d -> endpoints.delivery(endpoint, d))
                .orElseThrow(() -> new NotFound("webhook delivery", delivery));
        return Response.status(202).entity(DeliveryView.of(endpoints.redeliver(endpoint, original))).build();
    }

    private WebhookEndpoint endpoint(String id) {
        var endpoint = Ids.parse(id).flatMap(endpoints::find).orElseThrow(() -> new NotFound("webhook", id));
        access.mayManage(endpoint.organisationId());
        return endpoint;
    }

    private static void requireVersion(WebhookEndpoint endpoint, Long seen) {
        if (seen == null) {
            throw new InvalidInput("version", "must be the version you saw");
        }
        if (seen != endpoint.version()) {
            throw new Conflict("The webhook was changed meanwhile: reload it and try again.");
        }
    }
}
