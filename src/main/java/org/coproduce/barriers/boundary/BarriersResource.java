package org.coproduce.barriers.boundary;

import static org.coproduce.platform.Texts.present;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.control.Caller;
import org.coproduce.accounts.entity.Role;
import org.coproduce.barriers.control.BarrierAccess;
import org.coproduce.barriers.control.BarrierCategories;
import org.coproduce.barriers.control.BarrierReporting;
import org.coproduce.barriers.control.BarrierResponding;
import org.coproduce.barriers.control.BarrierUnsubscribes;
import org.coproduce.barriers.control.Barriers;
import org.coproduce.barriers.entity.BarrierReport;
import org.coproduce.platform.Ids;
import org.coproduce.platform.Languages;
import org.coproduce.platform.MapGrid;
import org.coproduce.platform.Page;
import org.coproduce.platform.Paging;
import org.coproduce.problems.CheckedAfterAccess;
import org.coproduce.problems.Inputs;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.problems.ValidationErrors;
import org.coproduce.problems.Violation;
import org.coproduce.providers.entity.GeoPoint;
import org.coproduce.stories.control.Clients;
import org.coproduce.stories.control.StoryFilter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Barrier reports in public: the categories, reporting, the list and the map, one barrier, "I've met this too"; the responder's status. */
@Path("barriers")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "barriers")
public class BarriersResource {

    @Inject
    Inputs inputs;

    @Inject
    Barriers barriers;

    @Inject
    BarrierCategories categories;

    @Inject
    BarrierReporting reporting;

    @Inject
    BarrierResponding responding;

    @Inject
    BarrierUnsubscribes unsubscribes;

    @Inject
    BarrierAccess access;

    @Inject
    BarrierViews views;

    @Inject
    BarrierFilters filters;

    @Inject
    Clients clients;

    @Inject
    Caller caller;

    @Inject
    Validator validator;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    public record CategoryView(String code, String label) {
    }

    @GET
    @Path("categories")
    @Operation(operationId = "listBarrierCategories", summary = "The categories of barrier, labelled in the caller's language")
    public List<CategoryView> categories() {
        String language = Languages.preferred(headers);
        return categories.all().stream().map(c -> new CategoryView(c.code(), c.label(language))).toList();
    }

    @GET
    @Operation(operationId = "listBarriers", summary = "Published barriers, latest status first; filtered by box, category and status")
    @Parameters({
        @Parameter(name = "bbox", in = ParameterIn.QUERY, description = "Only barriers whose public point is in \"minLng,minLat,maxLng,maxLat\"",
                schema = @Schema(type = SchemaType.STRING)),
        @Parameter(name = "category", in = ParameterIn.QUERY, description = "Only this category (its code)", schema = @Schema(type = SchemaType.STRING)),
        @Parameter(name = "status", in = ParameterIn.QUERY, description = "Only this status",
                schema = @Schema(type = SchemaType.STRING, enumeration = {"REPORTED", "CONFIRMED", "BEING_FIXED", "FIXED"})),
        @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page, from 1", schema = @Schema(type = SchemaType.INTEGER)),
        @Parameter(name = "size", in = ParameterIn.QUERY, description = "Page size, at most 100", schema = @Schema(type = SchemaType.INTEGER))
    })
    public Page<BarrierView> list(@QueryParam("bbox") String bbox, @QueryParam("category") String category, @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        var filter = filters.of(present(bbox).map(BarriersResource::area), category, status);
        String language = Languages.preferred(headers);
        return barriers.list(filter, Paging.of(page, size)).mapAll(items -> views.views(items, language, false));
    }

    @GET
    @Path("map")
    @Operation(operationId = "showBarrierMap", summary = "Published barriers in a viewport: clusters with counts, or points at close zoom")
    @Parameters({
        @Parameter(name = "bbox", in = ParameterIn.QUERY, required = true, description = "The viewport, \"minLng,minLat,maxLng,maxLat\"",
                schema = @Schema(type = SchemaType.STRING)),
        @Parameter(name = "zoom", in = ParameterIn.QUERY, required = true, description = "The map's zoom level, 0 to 22; points from 14 on",
                schema = @Schema(type = SchemaType.INTEGER)),
        @Parameter(name = "category", in = ParameterIn.QUERY, description = "Only this category (its code)", schema = @Schema(type = SchemaType.STRING)),
        @Parameter(name = "status", in = ParameterIn.QUERY, description = "Only this status",
                schema = @Schema(type = SchemaType.STRING, enumeration = {"REPORTED", "CONFIRMED", "BEING_FIXED", "FIXED"}))
    })
    public Barriers.MapView map(@QueryParam("bbox") String bbox, @QueryParam("zoom") String zoom, @QueryParam("category") String category,
            @QueryParam("status") String status) {
        var area = area(present(bbox).orElseThrow(() -> new InvalidInput("bbox", "is required: minLng,minLat,maxLng,maxLat")));
        int level = MapGrid.zoom(zoom);
        return barriers.map(filters.of(Optional.of(area), category, status), level);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getBarrier", summary = "One published barrier with its status history")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH, description = "The barrier's id", schema = @Schema(type = SchemaType.INTEGER)))
    public BarrierView get(@PathParam("id") String id) {
        var barrier = published(id);
        boolean staff = caller.has(Role.MODERATOR) || caller.has(Role.ADMIN) || access.mayRespond(barriers.routedTo(barrier.id()));
        return views.view(barrier, Languages.preferred(headers), staff);
    }

    /** Stored before the answer: 202 means it will not be lost; a moderator publishes it. The answer holds the reporter's private erasure link, given only here. */
    @POST
    @Operation(operationId = "reportBarrier", summary = "Reports a barrier (no account); it is published after moderation")
    @RequestBody(description = "The barrier: category, place in words, description, the point on the map, an optional e-mail address for updates",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "brokenLift", value = """
                    {"category": "LIFT_BROKEN", "place": "Gare Cornavin, lift to platform 3", "description": "The lift has been out of order for two weeks.",
                     "latitude": 46.2102, "longitude": 6.1424, "email": "reporter@example.org"}""")))
    public Response report(@NotNull BarrierSubmission submission) {
        var violations = new ArrayList<Violation>(validator.validate(submission).stream()
                .map(v -> new Violation(ValidationErrors.field(v), v.getMessage())).toList());
        if (submission.category() != null && !submission.category().isBlank() && categories.find(submission.category()).isEmpty()) {
            violations.add(new Violation("category", categories.expected()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        String email = submission.email() == null || submission.email().isBlank() ? null : submission.email().strip();
        var reported = reporting.report(new BarrierReporting.Report(categories.find(submission.category()).orElseThrow().code(),
                submission.place().strip(), submission.description().strip(), new GeoPoint(submission.latitude(), submission.longitude()),
                email, Languages.stated(headers)), clients.hash(request));
        return Response.accepted(Map.of("id", reported.barrier().id(), "state", reported.barrier().state().name(),
                "eraseToken", reported.eraseToken(), "eraseUrl", "/erase.html#barrier=" + reported.eraseToken())).build();
    }

    @POST
    @Path("{id}/met")
    @Operation(operationId = "meetBarrier", summary = "Says \"I've met this too\": counted once a person")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH, description = "The barrier's id", schema = @Schema(type = SchemaType.INTEGER)))
    public Map<String, Object> met(@PathParam("id") String id, @Valid MetInput input) {
        var barrier = published(id);
        String who;
        if (caller.known()) {
            who = "a" + caller.id();
        } else if (input != null && input.token() != null) {
            who = "t" + input.token();
        } else {
            throw new InvalidInput("token", "is required without a login: a random token the page keeps, 16 to 100 characters");
        }
        boolean counted = reporting.met(barrier, who, clients.hash(request));
        return Map.of("metCount", barrier.metCount(), "counted", counted);
    }

    @PUT
    @Path("{id}/status")
    @Allowed({Role.RESPONDER, Role.QUALITY_MANAGER})
    @Operation(operationId = "setBarrierStatus", summary = "Moves a barrier's status forward, with an optional public note")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH, description = "The barrier's id", schema = @Schema(type = SchemaType.INTEGER)))
    @CheckedAfterAccess
    public BarrierView status(@PathParam("id") String id, StatusInput body) {
        var barrier = published(id);
        long organisation = access.respondingFor(barriers.routedTo(barrier.id()));
        var input = inputs.valid(body);
        var status = BarrierFilters.status(input.status());
        responding.set(barrier, status, input.note(), organisation, caller.id());
        return views.view(barrier, Languages.preferred(headers), true);
    }

    @POST
    @Path("unsubscribe")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "unsubscribeFromBarrier", summary = "One-click unsubscribe from the e-mails about a barrier one reported")
    @Parameters(@Parameter(name = "token", in = ParameterIn.QUERY, description = "The token from the e-mail's unsubscribe link",
            schema = @Schema(type = SchemaType.STRING)))
    public Map<String, Object> unsubscribe(@QueryParam("token") String token) {
        if (!unsubscribes.unsubscribe(token)) {
            throw new NotFound("unsubscribe link", null);
        }
        return Map.of("unsubscribed", true);
    }

    private BarrierReport published(String id) {
        return Ids.parse(id).flatMap(barriers::published).orElseThrow(() -> new NotFound("barrier", id));
    }

    private static StoryFilter.Area area(String bbox) {
        return StoryFilter.Area.parse(bbox).orElseThrow(() -> new InvalidInput("bbox", StoryFilter.Area.REFUSED));
    }
}
