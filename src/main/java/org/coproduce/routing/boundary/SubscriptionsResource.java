package org.coproduce.routing.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.control.Caller;
import org.coproduce.accounts.entity.Role;
import org.coproduce.platform.Ids;
import org.coproduce.problems.CheckedAfterAccess;
import org.coproduce.problems.Forbidden;
import org.coproduce.problems.Inputs;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.providers.control.Directory;
import org.coproduce.routing.entity.Subscription;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff follow services of their organisations (children included), with a minimum criticality. */
@Path("subscriptions")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({Role.RESPONDER, Role.QUALITY_MANAGER})
@Tag(name = "routing")
public class SubscriptionsResource {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Inputs inputs;

    @Inject
    Directory directory;

    @GET
    @Operation(operationId = "listSubscriptions", summary = "The services the caller follows")
    public List<SubscriptionView> mine() {
        return em.createQuery("select s from Subscription s where s.accountId = :me order by s.serviceId", Subscription.class)
                .setParameter("me", caller.id()).getResultList().stream()
                .map(s -> new SubscriptionView(s.serviceId(), s.minCriticality())).toList();
    }

    @PUT
    @Path("{serviceId}")
    @Operation(operationId = "subscribeToService", summary = "Follows a service of one's organisations, from a criticality on")
    @Parameters(@Parameter(name = "serviceId", in = ParameterIn.PATH,
            description = "The service's id", schema = @Schema(type = SchemaType.INTEGER)))
    @CheckedAfterAccess
    public SubscriptionView follow(@PathParam("serviceId") String serviceId, Threshold body) {
        long service = ownService(serviceId);
        var threshold = inputs.valid(body);
        var existing = em.find(Subscription.class, new Subscription.Key(caller.id(), service));
        if (existing == null) {
            em.persist(new Subscription(caller.id(), service, threshold.minCriticality()));
        } else {
            existing.minimum(threshold.minCriticality());
        }
        return new SubscriptionView(service, threshold.minCriticality());
    }

    @DELETE
    @Path("{serviceId}")
    @Operation(operationId = "unsubscribeFromService", summary = "Stops following a service")
    @Parameters(@Parameter(name = "serviceId", in = ParameterIn.PATH,
            description = "The service's id", schema = @Schema(type = SchemaType.INTEGER)))
    public Response unfollow(@PathParam("serviceId") String serviceId) {
        long service = ownService(serviceId);
        var existing = em.find(Subscription.class, new Subscription.Key(caller.id(), service));
        if (existing != null) {
            em.remove(existing);
        }
        return Response.noContent().build();
    }

    private long ownService(String serviceId) {
        var service = Ids.parse(serviceId).flatMap(directory::service).orElseThrow(() -> new NotFound("service", serviceId));
        var mine = directory.withDescendants(caller.organisations());
        if (!mine.contains(service.organisation().id())) {
            throw new Forbidden("You can follow the services of your own organisations only.");
        }
        return service.id();
    }

    public record Threshold(@Min(0) @Max(5) int minCriticality) {
    }

    public record SubscriptionView(long serviceId, int minCriticality) {
    }
}
