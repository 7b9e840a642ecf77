package org.coproduce.accountability.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.coproduce.platform.Languages;
import org.coproduce.platform.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "You said, we did" of an organisation, with the organisations under it: public, small counts suppressed. */
@Path("organisations/{id}/you-said-we-did")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "accountability")
public class OrganisationYouSaidWeDidResource {

    @Inject
    YouSaidWeDidViews views;

    @GET
    @Operation(operationId = "getOrganisationYouSaidWeDid",
            summary = "The changes an organisation (with those under it) made and is making, the stories behind each, its evidence and what storytellers said")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The organisation's id", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "months", in = ParameterIn.QUERY,
            description = "Months on each side of a change's before/after evidence, 1 to 36 (default 6); else 400 naming months",
            schema = @Schema(type = SchemaType.INTEGER))
    public YouSaidWeDid get(@PathParam("id") String id, @QueryParam("months") String months, @Context HttpHeaders headers) {
        return views.ofOrganisation(id, Paging.whole("months", months, 6, 1, 36), Languages.preferred(headers));
    }
}
