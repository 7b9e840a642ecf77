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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.Set;
import org.coproduce.accounts.entity.Role;
import org.coproduce.platform.Page;
import org.coproduce.platform.PageParameters;
import org.coproduce.platform.Ids;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.providers.control.Directory;
import org.coproduce.providers.control.ServicesMoved;
import org.coproduce.providers.entity.Organisation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("organisations")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "providers")
public class OrganisationsResource {

    @Inject
    Directory directory;

    @Inject
    Event<ServicesMoved> moved;

    @GET
    @Operation(operationId = "listOrganisations", summary = "Organisations of the directory")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number, from 1 (default 1); out of range is 400 naming page",
            schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "size", in = ParameterIn.QUERY,
            description = "Items per page, 1 to 100 (default 20); out of range is 400 naming size",
            schema = @Schema(type = SchemaType.INTEGER))
    public Page<OrganisationView> list(@BeanParam PageParameters pages) {
        return directory.organisations(pages.paging()).map(OrganisationView::of);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getOrganisation", summary = "One organisation with the organisations under it and its services")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH,
            description = "The organisation's id", schema = @Schema(type = SchemaType.INTEGER)))
    public OrganisationDetail get(@PathParam("id") String id) {
        var organisation = find(id);
        var children = directory.children(organisation.id()).stream().map(OrganisationView::of).toList();
        var services = directory.servicesOf(organisation.id()).stream().map(s -> ServiceView.of(s, null)).toList();
        return new OrganisationDetail(OrganisationView.of(organisation), children, services);
    }

    @POST
    @Allowed(Role.ADMIN)
    @Operation(operationId = "createOrganisation", summary = "Adds an organisation to the directory")
    public Response create(@Valid @NotNull OrganisationInput input, @Context UriInfo uri) {
        var organisation = new Organisation(input.name(), null);
        apply(organisation, input);
        directory.add(organisation);
        return Response.created(uri.getAbsolutePathBuilder().path(organisation.id().toString()).build())
                .entity(OrganisationView.of(organisation)).build();
    }

    @PUT
    @Path("{id}")
    @Allowed(Role.ADMIN)
    @Operation(operationId = "updateOrganisation", summary = "Changes an organisation")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH,
            description = "The organisation's id", schema = @Schema(type = SchemaType.INTEGER)))
    public OrganisationView update(@PathParam("id") String id, @Valid @NotNull OrganisationInput input) {
        var organisation = find(id);
        var parentBefore = organisation.parent();
        apply(organisation, input);
        if (organisation.parent() != parentBefore) {
            moved.fire(new ServicesMoved(directory.serviceIdsOf(directory.withDescendants(Set.of(organisation.id())))));
        }
        return OrganisationView.of(organisation);
    }

    private void apply(Organisation organisation, OrganisationInput input) {
        organisation.describe(input.name().strip(), input.kind(), input.city(), input.country(), input.website());
        Organisation parent = input.parentId() == null ? null : directory.organisation(input.parentId())
                .orElseThrow(() -> new InvalidInput("parentId", "no organisation has this id"));
        try {
            organisation.moveUnder(parent);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("parentId", e.getMessage());
        }
    }

    private Organisation find(String id) {
        return Ids.parse(id).flatMap(directory::organisation)
                .orElseThrow(() -> new NotFound("organisation", id));
    }
}
