package org.coproduce.following.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.control.Caller;
import org.coproduce.accounts.entity.Role;
import org.coproduce.following.control.Widgets;
import org.coproduce.platform.Ids;
import org.coproduce.platform.Settings;
import org.coproduce.problems.CheckedAfterAccess;
import org.coproduce.problems.Forbidden;
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

/**
 * The embeddable widget of an organisation: the origins allowed to frame it, and the snippet to
 * paste. Its quality managers (and those of an organisation above it) and admins manage it.
 */
@Path("widgets/{organisation}")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.ADMIN, Role.QUALITY_MANAGER})
@Tag(name = "following")
public class WidgetsResource {

    @Inject
    Widgets widgets;

    @Inject
    Directory directory;

    @Inject
    Caller caller;

    @Inject
    Inputs inputs;

    /** {@code origins}: at most 10, each {@code https://host[:port]} (or http). */
    public record WidgetOrigins(@NotNull @Size(max = Widgets.MOST) List<String> origins) {
    }

    public record WidgetView(long organisationId, List<String> origins, String page, String snippet) {
    }

    @GET
    @Operation(operationId = "getWidget", summary = "An organisation's widget: the origins allowed to frame it and the snippet to paste")
    @Parameters(@Parameter(name = "organisation", in = ParameterIn.PATH, description = "The organisation's id",
            schema = @Schema(type = SchemaType.INTEGER)))
    public WidgetView get(@PathParam("organisation") String organisation) {
        return view(managed(organisation));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "allowWidgetOrigins", summary = "Replaces the origins allowed to frame an organisation's widget")
    @Parameters(@Parameter(name = "organisation", in = ParameterIn.PATH, description = "The organisation's id",
            schema = @Schema(type = SchemaType.INTEGER)))
    @CheckedAfterAccess
    public WidgetView allow(@PathParam("organisation") String organisation, WidgetOrigins body) {
        long id = managed(organisation);
        var input = inputs.valid(body);
        var origins = new ArrayList<String>();
        for (String given : input.origins()) {
            origins.add(Widgets.origin(given).orElseThrow(() -> new InvalidInput("origins",
                    "each must be an origin such as https://www.example.org, without a path")));
        }
        widgets.allow(id, origins);
        return view(id);
    }

    private long managed(String organisation) {
        long id = Ids.parse(organisation).filter(o -> directory.organisation(o).isPresent())
                .orElseThrow(() -> new NotFound("organisation", organisation));
        boolean manages = caller.has(Role.ADMIN) || caller.has(Role.QUALITY_MANAGER)
                && directory.withAncestors(Set.of(id)).stream().anyMatch(caller.organisations()::contains);
        if (!manages) {
            throw new Forbidden("Only quality managers of this organisation (or one above it) and admins manage its widget.");
        }
        return id;
    }

    private WidgetView view(long id) {
        String page = Settings.baseUrl() + Widgets.PAGE + "?organisation=" + id;
        String snippet = "<iframe src=\"" + page + "\" title=\"Coproduce\" width=\"100%\" height=\"420\" style=\"border:0\" loading=\"lazy\"></iframe>";
        return new WidgetView(id, widgets.origins(id), page, snippet);
    }
}
