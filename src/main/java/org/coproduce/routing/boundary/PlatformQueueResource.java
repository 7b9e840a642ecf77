package org.coproduce.routing.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.control.Caller;
import org.coproduce.accounts.entity.Role;
import org.coproduce.platform.Ids;
import org.coproduce.platform.Page;
import org.coproduce.platform.PageParameters;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.providers.control.Directory;
import org.coproduce.routing.control.RouteChanged;
import org.coproduce.routing.control.Routing;
import org.coproduce.routing.entity.UnroutedStory;
import org.coproduce.stories.control.Stories;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Published stories no organisation took, oldest first, for moderators and administrators to route by hand. */
@Path("platform-queue")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({Role.MODERATOR, Role.ADMIN})
@Tag(name = "routing")
public class PlatformQueueResource {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Stories stories;

    @Inject
    Directory directory;

    @Inject
    Routing routing;

    @Inject
    Event<RouteChanged> changed;

    @GET
    @Operation(operationId = "listPlatformQueue", summary = "Published stories no organisation is responsible for")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number, from 1 (default 1); out of range is 400 naming page",
            schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "size", in = ParameterIn.QUERY,
            description = "Items per page, 1 to 100 (default 20); out of range is 400 naming size",
            schema = @Schema(type = SchemaType.INTEGER))
    public Page<QueuedStory> waiting(@BeanParam PageParameters pages) {
        var paging = pages.paging();
        var items = em.createQuery("select u from UnroutedStory u where u.routedAt is null order by u.queuedAt, u.storyId",
                UnroutedStory.class).setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        long total = em.createQuery("select count(u) from UnroutedStory u where u.routedAt is null", Long.class).getSingleResult();
        return new Page<>(items.stream().map(this::queued).toList(), total, paging.page(), paging.size());
    }

    /** Routes the story to the organisations named; it leaves the queue and their responders are alerted. */
    @POST
    @Path("{story}/routes")
    @Operation(operationId = "routeStory", summary = "Routes a story from the platform queue to organisations")
    @Parameters(@Parameter(name = "story", in = ParameterIn.PATH,
            description = "The story's number", schema = @Schema(type = SchemaType.INTEGER)))
    public Routed route(@PathParam("story") String story, @Valid @NotNull HandRouting input) {
        var queued = Ids.parse(story).map(id -> em.find(UnroutedStory.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFound("story in the platform queue", story));
        if (input.organisationIds().stream().anyMatch(o -> o == null || directory.organisation(o).isEmpty())) {
            throw new InvalidInput("organisationIds", "every id must be an organisation's");
        }
        Set<Long> organisations = new TreeSet<>(input.organisationIds());
        routing.byHand(queued, organisations, caller.id(), input.version());
        changed.fire(new RouteChanged(queued.storyId(), caller.id(), "ROUTED_BY_HAND",
                "organisations " + organisations.stream().map(String::valueOf).collect(Collectors.joining(", "))));
        return new Routed(queued.storyId(), List.copyOf(organisations));
    }

    private QueuedStory queued(UnroutedStory u) {
        var story = stories.find(u.storyId());
        return new QueuedStory(u.storyId(), story.map(s -> s.publishedTitle()).orElse(null), story.map(s -> s.category()).orElse(null),
                story.map(s -> s.criticality()).orElse(null), u.queuedAt(), u.version());
    }

    public record HandRouting(@NotEmpty @Size(max = 20) List<Long> organisationIds, long version) {
    }

    public record QueuedStory(long storyId, String storyTitle, String category, Integer criticality, Instant queuedAt, long version) {
    }

    public record Routed(long storyId, List<Long> organisationIds) {
    }
}
