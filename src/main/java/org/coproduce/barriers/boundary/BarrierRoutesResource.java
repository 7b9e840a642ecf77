package org.coproduce.barriers.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.entity.Role;
import org.coproduce.barriers.control.BarrierAccess;
import org.coproduce.barriers.control.BarrierCategories;
import org.coproduce.barriers.entity.BarrierRoute;
import org.coproduce.platform.Ids;
import org.coproduce.problems.CheckedAfterAccess;
import org.coproduce.problems.Inputs;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.providers.control.Directory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which organisation takes the barriers of a category in an area: its quality managers and admins say so. */
@Path("barrier-routes")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({Role.ADMIN, Role.QUALITY_MANAGER})
@Tag(name = "barriers")
public class BarrierRoutesResource {

    @PersistenceContext
    EntityManager em;

    @Inject
    Inputs inputs;

    @Inject
    BarrierAccess access;

    @Inject
    BarrierCategories categories;

    @Inject
    Directory directory;

    @Inject
    Clock clock;

    @GET
    @Operation(operationId = "listBarrierRoutes", summary = "The barrier routes the caller manages (all for an admin)")
    @Parameters(@Parameter(name = "organisation", in = ParameterIn.QUERY, description = "Only this organisation's (its id)",
            schema = @Schema(type = SchemaType.INTEGER)))
    public List<RouteView> list(@QueryParam("organisation") String organisation) {
        var visible = access.scope(organisation);
        return em.createQuery("select r from BarrierRoute r order by r.id", BarrierRoute.class).getResultList().stream()
                .filter(r -> visible.map(s -> s.contains(r.organisationId())).orElse(true))
                .map(r -> RouteView.of(r, directory.organisation(r.organisationId()).map(o -> o.name()).orElse(""))).toList();
    }

    @POST
    @Operation(operationId = "createBarrierRoute", summary = "Adds a barrier route: an organisation takes a category (or every one) in a box")
    @CheckedAfterAccess
    public Response create(RouteInput body) {
        Optional.ofNullable(body).map(RouteInput::organisationId).ifPresent(access::mayManage);
        var input = inputs.valid(body);
        if (directory.organisation(input.organisationId()).isEmpty()) {
            throw new InvalidInput("organisationId", "no organisation has this id");
        }
        String category = input.category() == null || input.category().isBlank() ? null
                : categories.find(input.category()).orElseThrow(() -> new InvalidInput("category", categories.expected())).code();
        if (input.minLatitude() >= input.maxLatitude()) {
            throw new InvalidInput("maxLatitude", "must be above minLatitude");
        }
        if (input.minLongitude() >= input.maxLongitude()) {
            throw new InvalidInput("maxLongitude", "must be above minLongitude");
        }
        var route = new BarrierRoute(input.organisationId(), category, input.minLatitude(), input.minLongitude(), input.maxLatitude(),
                input.maxLongitude(), clock.instant());
        em.persist(route);
        em.flush();
        return Response.status(201).entity(RouteView.of(route, directory.organisation(input.organisationId()).orElseThrow().name())).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteBarrierRoute", summary = "Removes a barrier route (barriers already routed stay with their organisation)")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH, description = "The route's id", schema = @Schema(type = SchemaType.INTEGER)))
    public Response delete(@PathParam("id") String id) {
        var route = Ids.parse(id).map(i -> em.find(BarrierRoute.class, i)).orElseThrow(() -> new NotFound("barrier route", id));
        access.mayManage(route.organisationId());
        em.remove(route);
        return Response.noContent().build();
    }
}
