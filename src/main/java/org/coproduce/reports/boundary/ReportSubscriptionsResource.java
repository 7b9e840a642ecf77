package org.coproduce.reports.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.control.Caller;
import org.coproduce.accounts.entity.Role;
import org.coproduce.outcomes.control.Scopes;
import org.coproduce.platform.Ids;
import org.coproduce.platform.Languages;
import org.coproduce.problems.CheckedAfterAccess;
import org.coproduce.problems.Forbidden;
import org.coproduce.problems.Inputs;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.reports.control.ReportSubscriptions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Scheduled reports: quality managers and admins subscribe an organisation or a service they
 * follow to its monthly or weekly report by e-mail, list their own subscriptions and end them.
 */
@Path("outcomes/report-subscriptions")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({Role.QUALITY_MANAGER, Role.ADMIN})
@Tag(name = "outcomes")
public class ReportSubscriptionsResource {

    @Inject
    ReportSubscriptions subscriptions;

    @Inject
    Scopes scopes;

    @Inject
    Caller caller;

    @Inject
    Inputs inputs;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listReportSubscriptions", summary = "The caller's report subscriptions")
    public List<SubscriptionView> list() {
        return subscriptions.of(caller.id()).stream()
                .map(s -> SubscriptionView.of(s, scopes.name(s.scopeKind(), s.scopeId()))).toList();
    }

    @POST
    @Operation(operationId = "subscribeReport", summary = "Subscribes the caller to an organisation's or a service's report by e-mail")
    @CheckedAfterAccess
    public Response subscribe(SubscriptionInput body) {
        if (inputs.readable(body) == null || body.organisation() == null && body.service() == null) {
            throw new InvalidInput("organisation", "give an organisation or a service");
        }
        var scope = scopes.of(text(body.organisation()), text(body.service()));
        if (!scopes.followedByCaller(scope)) {
            throw new Forbidden("Only quality managers of this organisation and admins receive its report.");
        }
        var input = inputs.valid(body);
        String language = input.language() == null ? Languages.preferred(headers) : input.language();
        var existing = subscriptions.find(caller.id(), scope, input.cadence());
        var subscription = existing.orElseGet(() -> subscriptions.subscribe(caller.id(), scope, input.cadence(), language));
        return Response.status(existing.isPresent() ? 200 : 201).entity(SubscriptionView.of(subscription, scope.name())).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "unsubscribeReport", summary = "Ends one of the caller's report subscriptions")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH, description = "The subscription's id",
            schema = @Schema(type = SchemaType.INTEGER)))
    public Response unsubscribe(@PathParam("id") String id) {
        var subscription = Ids.parse(id).flatMap(i -> subscriptions.own(caller.id(), i))
                .orElseThrow(() -> new NotFound("report subscription", id));
        subscriptions.delete(subscription);
        return Response.noContent().build();
    }

    private static String text(Long id) {
        return id == null ? null : String.valueOf(id);
    }
}
