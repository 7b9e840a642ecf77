package org.coproduce.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.coproduce.accounts.control.SecurityEventFilter;
import org.coproduce.accounts.control.SecurityLog;
import org.coproduce.accounts.entity.Role;
import org.coproduce.platform.Page;
import org.coproduce.platform.PageParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins read the security log, newest first, filtered by kind, account (actor or subject) and time. */
@Path("admin/security-events")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
public class SecurityEventsResource {

    @Inject
    SecurityLog log;

    @GET
    @Allowed(Role.ADMIN)
    @Operation(operationId = "listSecurityEvents", summary = "The security log, newest first")
    @Parameter(name = "kind", in = ParameterIn.QUERY, description = "A kind of security event (docs/security.md, Security log)",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "account", in = ParameterIn.QUERY, description = "An account's id, as actor or subject",
            schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "from", in = ParameterIn.QUERY, description = "From a day (2026-12-04) or an instant (2026-12-04T13:00:00Z)",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "to", in = ParameterIn.QUERY, description = "To a day (included) or an instant",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number, from 1 (default 1); out of range is 400 naming page",
            schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "size", in = ParameterIn.QUERY,
            description = "Items per page, 1 to 100 (default 20); out of range is 400 naming size",
            schema = @Schema(type = SchemaType.INTEGER))
    public Page<SecurityEventView> list(@QueryParam("kind") String kind, @QueryParam("account") String account,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @BeanParam PageParameters pages) {
        var filter = SecurityEventFilter.of(kind, account, from, to);
        return log.find(filter, pages.paging()).map(SecurityEventView::of);
    }
}
