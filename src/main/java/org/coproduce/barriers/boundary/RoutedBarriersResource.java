package org.coproduce.barriers.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.entity.Role;
import org.coproduce.barriers.control.BarrierAccess;
import org.coproduce.barriers.control.Barriers;
import org.coproduce.platform.Ids;
import org.coproduce.platform.Languages;
import org.coproduce.platform.Page;
import org.coproduce.platform.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The staff's list of the barriers routed to their organisations (the "Barrier reports" view of
 * the inbox): newest published first, with the exact point while kept, filtered by status and
 * category. Responders and quality managers of the organisation (or of one above it) and admins.
 */
@Path("barriers/routed")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.RESPONDER, Role.QUALITY_MANAGER, Role.ADMIN})
@Tag(name = "barriers")
public class RoutedBarriersResource {

    @Inject
    Barriers barriers;

    @Inject
    BarrierFilters filters;

    @Inject
    BarrierAccess access;

    @Inject
    BarrierViews views;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listRoutedBarriers",
            summary = "The published barriers routed to an organisation (default: the caller's, and those under them; all for an admin), newest first")
    @Parameters({
        @Parameter(name = "organisation", in = ParameterIn.QUERY, description = "Only this organisation's (its id), and those under it",
                schema = @Schema(type = SchemaType.INTEGER)),
        @Parameter(name = "category", in = ParameterIn.QUERY, description = "Only this category (its code)", schema = @Schema(type = SchemaType.STRING)),
        @Parameter(name = "status", in = ParameterIn.QUERY, description = "Only this status",
                schema = @Schema(type = SchemaType.STRING, enumeration = {"REPORTED", "CONFIRMED", "BEING_FIXED", "FIXED"})),
        @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page, from 1", schema = @Schema(type = SchemaType.INTEGER)),
        @Parameter(name = "size", in = ParameterIn.QUERY, description = "Page size, at most 100", schema = @Schema(type = SchemaType.INTEGER))
    })
    public Page<BarrierView> list(@QueryParam("organisation") String organisation, @QueryParam("category") String category,
            @QueryParam("status") String status, @QueryParam("page") String page, @QueryParam("size") String size) {
        var scope = access.listing(Ids.organisation(organisation));
        var filter = filters.of(Optional.empty(), category, status);
        var paging = Paging.of(page, size);
        String language = Languages.preferred(headers);
        return barriers.routed(scope, filter, paging).mapAll(items -> views.views(items, language, true));
    }
}
