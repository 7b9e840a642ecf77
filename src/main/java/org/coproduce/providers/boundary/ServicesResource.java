package org.coproduce.providers.boundary;

import jakarta.ws.rs.BeanParam;
import org.coproduce.accounts.boundary.Allowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import org.coproduce.accounts.entity.Role;
import org.coproduce.platform.Ids;
import org.coproduce.platform.Page;
import org.coproduce.platform.PageParameters;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.providers.control.Directory;
import org.coproduce.providers.control.ServicesMoved;
import org.coproduce.providers.control.ServiceSearch;
import org.coproduce.providers.entity.GeoPoint;
import org.coproduce.providers.entity.Service;
import org.coproduce.providers.entity.ServiceCategory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("services")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "providers")
public class ServicesResource {

    @Inject
    Directory directory;

    @Inject
    Event<ServicesMoved> moved;

    @GET
    @Operation(operationId = "searchServices", summary = "Services of the directory, by text, category, organisation or nearest first")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Words of the service's name or description",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "category", in = ParameterIn.QUERY, description = "Only services of this category",
            schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"HEALTH", "SOCIAL_CARE", "DISABILITY_SUPPORT", "HOUSING", "COMMUNITY"}))
    @Parameter(name = "near", in = ParameterIn.QUERY, description = "Nearest first from this point, \"LAT,LNG\" (decimal degrees)",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "organisation", in = ParameterIn.QUERY,
            description = "An organisation's id (its services and those of the organisations under it)",
            schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "retired", in = ParameterIn.QUERY, description = "true: retired services too (default false)",
            schema = @Schema(type = SchemaType.BOOLEAN))
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number, from 1 (default 1); out of range is 400 naming page",
            schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "size", in = ParameterIn.QUERY,
            description = "Items per page, 1 to 100 (default 20); out of range is 400 naming size",
            schema = @Schema(type = SchemaType.INTEGER))
    public Page<ServiceView> search(@QueryParam("q") String q, @QueryParam("category") String category,
            @QueryParam("near") String near, @QueryParam("organisation") String organisation,
            @QueryParam("retired") String retired, @BeanParam PageParameters pages) {
        var paging = pages.paging();
        Optional<GeoPoint> from = Optional.ofNullable(near).filter(n -> !n.isBlank()).map(n -> GeoPoint.parse("near", n));
        var search = new ServiceSearch(Optional.ofNullable(q).map(String::strip).filter(t -> !t.isEmpty()),
                Optional.ofNullable(category).filter(c -> !c.isBlank()).map(c -> category(c, "category")),
                from, Ids.organisation(organisation), withRetired(retired));
        var found = directory.services(search, paging).map(s -> ServiceView.of(s, from.orElse(null)));
        return from.isEmpty() ? found : found.sorted(Comparator.comparing(ServiceView::distanceKm));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getService", summary = "One service")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH,
            description = "The service's id", schema = @Schema(type = SchemaType.INTEGER)))
    public ServiceView get(@PathParam("id") String id) {
        return ServiceView.of(find(id), null);
    }

    @POST
    @Allowed(Role.ADMIN)
    @Operation(operationId = "createService", summary = "Adds a service to the directory")
    public Response create(@Valid @NotNull ServiceInput input, @Context UriInfo uri) {
        var service = new Service(null, input.name(), category(input.category(), "category"));
        apply(service, input);
        directory.add(service);
        return Response.created(uri.getAbsolutePathBuilder().path(service.id().toString()).build())
                .entity(ServiceView.of(service, null)).build();
    }

    @PUT
    @Path("{id}")
    @Allowed(Role.ADMIN)
    @Operation(operationId = "updateService", summary = "Changes a service")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH,
            description = "The service's id", schema = @Schema(type = SchemaType.INTEGER)))
    public ServiceView update(@PathParam("id") String id, @Valid @NotNull ServiceInput input) {
        var service = find(id);
        var organisationBefore = service.organisation();
        apply(service, input);
        if (service.organisation() != organisationBefore) {
            moved.fire(new ServicesMoved(Set.of(service.id())));
        }
        return ServiceView.of(service, null);
    }

    private void apply(Service service, ServiceInput input) {
        var organisation = directory.organisation(input.organisationId())
                .orElseThrow(() -> new InvalidInput("organisationId", "no organisation has this id"));
        if ((input.latitude() == null) != (input.longitude() == null)) {
            throw new InvalidInput(input.latitude() == null ? "latitude" : "longitude", "give both latitude and longitude, or neither");
        }
        service.describe(organisation, input.name().strip(), category(input.category(), "category"), input.description());
        GeoPoint point = input.latitude() == null ? null : new GeoPoint(input.latitude(), input.longitude());
        service.locate(input.address(), input.postcode(), input.city(), input.country(), point);
    }

    private static boolean withRetired(String retired) {
        if (retired == null || retired.isBlank() || retired.equals("false")) {
            return false;
        }
        if (retired.equals("true")) {
            return true;
        }
        throw new InvalidInput("retired", "must be true or false");
    }

    static ServiceCategory category(String text, String field) {
        return ServiceCategory.parse(text).orElseThrow(() -> new InvalidInput(field,
                "must be one of " + Arrays.toString(ServiceCategory.values())));
    }

    private Service find(String id) {
        return Ids.parse(id).flatMap(directory::service).orElseThrow(() -> new NotFound("service", id));
    }
}
