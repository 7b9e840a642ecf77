package org.coproduce.routing.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
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
import org.coproduce.accounts.entity.Role;
import org.coproduce.platform.Ids;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.providers.control.Directory;
import org.coproduce.providers.entity.GeoPoint;
import org.coproduce.providers.entity.ServiceCategory;
import org.coproduce.routing.entity.RoutingRule;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Admins say which organisations take stories beyond a service's own organisation and its
 * parents: by category, optionally within a radius of a point.
 */
@Path("routing-rules")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMIN)
@Tag(name = "routing")
public class RoutingRulesResource {

    @PersistenceContext
    EntityManager em;

    @Inject
    Directory directory;

    @GET
    @Operation(operationId = "listRoutingRules", summary = "The routing rules: category and area to an organisation")
    public List<RuleView> all() {
        return em.createQuery("select r from RoutingRule r order by r.id", RoutingRule.class).getResultList().stream()
                .map(RuleView::of).toList();
    }

    @POST
    @Operation(operationId = "createRoutingRule", summary = "Adds a routing rule")
    public Response create(@Valid @NotNull RuleInput input) {
        if (directory.organisation(input.organisationId()).isEmpty()) {
            throw new InvalidInput("organisationId", "no organisation has this id");
        }
        String category = input.category() == null || input.category().isBlank() ? null
                : ServiceCategory.parse(input.category()).map(Enum::name)
                        .orElseThrow(() -> new InvalidInput("category", "must be one of HEALTH, SOCIAL_CARE, DISABILITY_SUPPORT, HOUSING, COMMUNITY"));
        boolean area = input.latitude() != null || input.longitude() != null || input.radiusKm() != null;
        if (area && (input.latitude() == null || input.longitude() == null || input.radiusKm() == null)) {
            throw new InvalidInput("radiusKm", "an area needs latitude, longitude and radiusKm together");
        }
        var rule = new RoutingRule(input.organisationId(), category,
                area ? new GeoPoint(input.latitude(), input.longitude()) : null, input.radiusKm());
        em.persist(rule);
        em.flush();
        return Response.status(201).entity(RuleView.of(rule)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteRoutingRule", summary = "Deletes a routing rule")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH,
            description = "The routing rule's id", schema = @Schema(type = SchemaType.INTEGER)))
    public Response delete(@PathParam("id") String id) {
        var rule = Ids.parse(id).map(i -> em.find(RoutingRule.class, i)).orElseThrow(() -> new NotFound("routing rule", id));
        em.remove(rule);
        return Response.noContent().build();
    }

    public record RuleInput(@NotNull Long organisationId, String category,
            @DecimalMin("-90") @DecimalMax("90") Double latitude, @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @DecimalMin("0.1") @DecimalMax("1000") Double radiusKm) {
    }

    public record RuleView(long id, long organisationId, String category, Double latitude, Double longitude, Double radiusKm) {

        static RuleView of(RoutingRule r) {
            return new RuleView(r.id(), r.organisationId(), r.category(), r.latitude(), r.longitude(), r.radiusKm());
        }
    }
}
