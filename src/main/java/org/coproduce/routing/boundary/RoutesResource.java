package org.coproduce.routing.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.control.Caller;
import org.coproduce.accounts.entity.Role;
import org.coproduce.platform.Ids;
import org.coproduce.problems.CheckedAfterAccess;
import org.coproduce.problems.Inputs;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.routing.control.Notes;
import org.coproduce.routing.control.RouteChanged;
import org.coproduce.routing.entity.StoryNote;
import org.coproduce.routing.entity.StoryRoute;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One story as routed to one organisation, for that organisation's staff only (everyone else: 404):
 * its state, the colleagues it can be assigned to, assignment, and private notes.
 */
@Path("routes/{story}/{organisation}")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({Role.RESPONDER, Role.QUALITY_MANAGER})
@Tag(name = "routing")
public class RoutesResource {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Inputs inputs;

    @Inject
    Colleagues colleagues;

    @Inject
    OrganisationInbox inbox;

    @Inject
    Notes notes;

    @Inject
    Event<RouteChanged> changed;

    @Inject
    Clock clock;

    @GET
    @Operation(operationId = "getRoute", summary = "A story's route to one organisation")
    @Parameter(name = "story", in = ParameterIn.PATH, description = "The story's number", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "organisation", in = ParameterIn.PATH, description = "The organisation's id (one of the caller's)",
            schema = @Schema(type = SchemaType.INTEGER))
    public RouteView get(@PathParam("story") String story, @PathParam("organisation") String organisation) {
        return view(route(story, organisation, LockModeType.NONE));
    }

    /** Assigns the story to a colleague of the same organisation (accountId null: to nobody). */
    @PUT
    @Path("assignee")
    @CheckedAfterAccess
    @Operation(operationId = "assignRoute", summary = "Assigns a route to a responder of the organisation")
    @Parameter(name = "story", in = ParameterIn.PATH, description = "The story's number", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "organisation", in = ParameterIn.PATH, description = "The organisation's id (one of the caller's)",
            schema = @Schema(type = SchemaType.INTEGER))
    public RouteView assign(@PathParam("story") String story, @PathParam("organisation") String organisation,
            Assignment body) {
        var route = route(story, organisation, LockModeType.PESSIMISTIC_WRITE);
        var assignment = inputs.valid(body);
        if (assignment.accountId() != null && colleagues.of(route.organisationId()).stream()
                .noneMatch(c -> c.id() == assignment.accountId())) {
            throw new InvalidInput("accountId", "must be a colleague of the same organisation");
        }
        route.assign(assignment.accountId(), assignment.version());
        changed.fire(new RouteChanged(route.storyId(), caller.id(), "ASSIGNED",
                "organisation " + route.organisationId() + ": " + (assignment.accountId() == null ? "nobody" : "account " + assignment.accountId())));
        return view(route);
    }

    /** The text is checked after the route is found: whoever may not see the route gets 404, never a 400 telling it exists. */
    @POST
    @Path("notes")
    @CheckedAfterAccess
    @Operation(operationId = "addRouteNote", summary = "Adds an internal note to a route")
    @Parameter(name = "story", in = ParameterIn.PATH, description = "The story's number", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "organisation", in = ParameterIn.PATH, description = "The organisation's id (one of the caller's)",
            schema = @Schema(type = SchemaType.INTEGER))
    public Response note(@PathParam("story") String story, @PathParam("organisation") String organisation,
            NoteInput body) {
        var route = route(story, organisation, LockModeType.NONE);
        var input = inputs.readable(body);
        String text = input == null || input.text() == null ? "" : input.text().strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw new InvalidInput("text", "must be 1 to 2000 characters");
        }
        var note = notes.add(new StoryNote(route.storyId(), route.organisationId(), caller.id(), text, clock.instant()));
        changed.fire(new RouteChanged(route.storyId(), caller.id(), "NOTE_ADDED", "organisation " + route.organisationId()));
        return Response.status(201).entity(noteView(note)).build();
    }

    /** The route, when the caller acts for its organisation; 404 otherwise (its existence is theirs to know). */
    private StoryRoute route(String story, String organisation, LockModeType lock) {
        var storyId = Ids.parse(story);
        var organisationId = Ids.parse(organisation).filter(caller.organisations()::contains);
        return storyId.flatMap(s -> organisationId.map(o -> em.find(StoryRoute.class, new StoryRoute.Key(s, o), lock)))
                .orElseThrow(() -> new NotFound("route", story + "/" + organisation));
    }

    private RouteView view(StoryRoute route) {
        return new RouteView(inbox.item(route), colleagues.of(route.organisationId()),
                notes.of(route.storyId(), route.organisationId()).stream().map(this::noteView).toList());
    }

    private NoteView noteView(StoryNote note) {
        return new NoteView(note.id(), note.authorId(), colleagues.name(note.authorId()), note.body(), note.createdAt());
    }

    public record Assignment(Long accountId, long version) {
    }

    public record NoteInput(String text) {
    }

    public record NoteView(long id, Long authorId, String authorName, String text, Instant createdAt) {
    }

    public record RouteView(OrganisationItem route, List<Colleagues.Colleague> colleagues, List<NoteView> notes) {
    }
}
