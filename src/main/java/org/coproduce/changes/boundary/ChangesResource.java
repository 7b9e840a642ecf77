package org.coproduce.changes.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
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
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.entity.Role;
import org.coproduce.changes.control.ChangeEvidence;
import org.coproduce.changes.control.ChangeRegister;
import org.coproduce.changes.entity.Change;
import org.coproduce.outcomes.control.Scopes;
import org.coproduce.platform.Ids;
import org.coproduce.platform.Page;
import org.coproduce.platform.PageParameters;
import org.coproduce.platform.Paging;
import org.coproduce.problems.CheckedAfterAccess;
import org.coproduce.problems.Conflict;
import org.coproduce.problems.Inputs;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.providers.control.Directory;
import org.coproduce.routing.control.Routes;
import org.coproduce.stories.control.Stories;
import org.coproduce.stories.control.StoryQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public change register; responders and quality managers of an organisation record its changes. */
@Path("changes")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "changes")
public class ChangesResource {

    @Inject
    ChangeRegister register;

    @Inject
    ChangeViews views;

    @Inject
    Directory directory;

    @Inject
    Scopes scopes;

    @Inject
    ChangeEvidence changeEvidence;

    @Inject
    Clock clock;

    @Inject
    StoryQueries storyQueries;

    @Inject
    Stories stories;

    @Inject
    Inputs inputs;

    @GET
    @Operation(operationId = "listChanges", summary = "The change register: changes planned and made, newest first")
    @Parameter(name = "organisation", in = ParameterIn.QUERY,
            description = "An organisation's id (its services and those of the organisations under it)",
            schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "Only changes in this state",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"PLANNED", "MADE", "DROPPED"}))
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number, from 1 (default 1); out of range is 400 naming page",
            schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "size", in = ParameterIn.QUERY,
            description = "Items per page, 1 to 100 (default 20); out of range is 400 naming size",
            schema = @Schema(type = SchemaType.INTEGER))
    public Page<ChangeView> list(@QueryParam("organisation") String organisation, @QueryParam("status") String status,
            @BeanParam PageParameters pages) {
        Optional<Set<Long>> organisations = Ids.organisation(organisation).map(o -> directory.withDescendants(Set.of(o)));
        Optional<String> wanted = Optional.ofNullable(status).filter(s -> !s.isBlank()).map(s -> s.strip().toUpperCase(Locale.ROOT));
        if (wanted.isPresent() && !Change.STATUSES.contains(wanted.get())) {
            throw new InvalidInput("status", "must be PLANNED, MADE or DROPPED");
        }
        return register.list(organisations, wanted, pages.paging()).map(views::of);
    }

    /**
     * The published stories routed to an organisation or one under it, newest first, whose title
     * or text holds the search (or whose number it is): what a change of the organisation may link.
     */
    @GET
    @Path("stories")
    @Allowed({Role.RESPONDER, Role.QUALITY_MANAGER, Role.ADMIN})
    @Operation(operationId = "listStoriesForChange",
            summary = "Published stories routed to an organisation (or one under it) that a change may link")
    @Parameter(name = "organisation", in = ParameterIn.QUERY,
            description = "An organisation's id (its services and those of the organisations under it)",
            schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Words of the story's title or text, or its number",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number, from 1 (default 1); out of range is 400 naming page",
            schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "size", in = ParameterIn.QUERY,
            description = "Items per page, 1 to 100 (default 20); out of range is 400 naming size",
            schema = @Schema(type = SchemaType.INTEGER))
    public Page<StoryChoice> stories(@QueryParam("organisation") String organisation, @QueryParam("q") String q,
            @BeanParam PageParameters pages) {
        long id = Ids.parse(organisation).filter(o -> directory.organisation(o).isPresent())
                .orElseThrow(() -> new InvalidInput("organisation", "must be an organisation id"));
        register.mayWrite(id);
        var text = Optional.ofNullable(q).map(String::strip).filter(t -> !t.isEmpty());
        if (text.isPresent() && text.get().length() > 200) {
            throw new InvalidInput("q", "must be at most 200 characters");
        }
        return storyQueries.publishedMatching(Routes.routedTo(directory.withDescendants(Set.of(id))), text, pages.paging())
                .map(this::choice);
    }

    private StoryChoice choice(long storyId) {
        var story = stories.find(storyId).orElseThrow();
        var services = story.serviceIds().stream().sorted().flatMap(s -> directory.service(s).stream()).map(s -> s.name()).toList();
        return new StoryChoice(story.id(), story.publishedTitle(), story.publishedAt(), story.progress().name(), services);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getChange", summary = "One change with its stories, services and the difference it made")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH,
            description = "The change's id", schema = @Schema(type = SchemaType.INTEGER)))
    public ChangeView get(@PathParam("id") String id) {
        return views.of(find(id));
    }

    @POST
    @Allowed({Role.RESPONDER, Role.QUALITY_MANAGER, Role.ADMIN})
    @CheckedAfterAccess
    @Operation(operationId = "createChange", summary = "Records a change planned or made")
    public Response create(ChangeInput body) {
        Optional.ofNullable(body).map(ChangeInput::organisationId).ifPresent(register::mayWrite);
        var change = register.create(ChangeDrafts.of(inputs.valid(body)));
        return Response.status(Response.Status.CREATED).entity(views.of(change)).build();
    }

    @PUT
    @Path("{id}")
    @Allowed({Role.RESPONDER, Role.QUALITY_MANAGER, Role.ADMIN})
    @Operation(operationId = "updateChange", summary = "Changes a recorded change (optimistic locking with version)")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The change's id", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "version", in = ParameterIn.QUERY, description = "The version last read; a stale one is 409 (optimistic locking)",
            schema = @Schema(type = SchemaType.INTEGER))
    @CheckedAfterAccess
    public ChangeView update(@PathParam("id") String id, @QueryParam("version") String version, ChangeInput body) {
        var change = find(id);
        register.mayWrite(change.organisationId());
        var input = inputs.valid(body);
        if (version != null && !version.equals(String.valueOf(change.version()))) {
            throw new Conflict("Someone changed this change since you opened it. Reload it.");
        }
        return views.of(register.update(change, ChangeDrafts.of(input)));
    }

    /** Before/after: stories raising the change's themes as "could improve", months before vs after it was made. */
    @GET
    @Path("{id}/evidence")
    @Operation(operationId = "getChangeEvidence",
            summary = "Before and after a change: whether its themes were raised less, and by more than chance")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The change's id", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "months", in = ParameterIn.QUERY, description = "How many months before and after the change",
            schema = @Schema(type = SchemaType.INTEGER))
    public Evidence evidence(@PathParam("id") String id, @QueryParam("months") String monthsText) {
        var change = find(id);
        int months = Paging.whole("months", monthsText, 6, 1, 36);
        if (change.madeOn() == null) {
            throw new Conflict("This change has not been made yet: there is no after.");
        }
        var comparison = changeEvidence.of(change, months);
        return Evidence.of(change, comparison.before(), comparison.after(), comparison.result(),
                scopes.suppressionFor(scopes.of(String.valueOf(change.organisationId()), null)));
    }

    private Change find(String id) {
        return Ids.parse(id).flatMap(register::find).orElseThrow(() -> new NotFound("change", id));
    }
}
