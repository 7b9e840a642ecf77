package org.coproduce.routing.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.control.Caller;
import org.coproduce.accounts.entity.Role;
import org.coproduce.platform.Ids;
import org.coproduce.platform.Page;
import org.coproduce.platform.PageParameters;
import org.coproduce.platform.Paging;
import org.coproduce.platform.Languages;
import org.coproduce.problems.Forbidden;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.providers.control.Directory;
import org.coproduce.providers.entity.Service;
import org.coproduce.routing.control.Routes;
import org.coproduce.routing.entity.Alert;
import org.coproduce.routing.entity.StoryRoute;
import org.coproduce.stories.boundary.StoryViews;
import org.coproduce.stories.control.Stories;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A staff member's alerts, most urgent first; overdue and answered ones marked. */
@Path("inbox")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "routing")
public class InboxResource {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Stories stories;

    @Inject
    Routes routes;

    @Inject
    Directory directory;

    @Inject
    Clock clock;

    @Inject
    StoryViews views;

    @Inject
    OrganisationInbox organisationInbox;

    /**
     * The caller's alerts ({@code scope} absent or {@code mine}), or every story routed to the
     * caller's organisations ({@code scope=organisation}), open ones first by deadline.
     */
    @GET
    @Allowed({Role.RESPONDER, Role.QUALITY_MANAGER, Role.ADMIN, Role.MODERATOR})
    @Operation(operationId = "listInbox", summary = "Stories routed to the caller's organisations")
    @Parameter(name = "scope", in = ParameterIn.QUERY,
            description = "mine (default): the caller's alerts; organisation: every story routed to the caller's organisations",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"mine", "organisation"}))
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number, from 1 (default 1); out of range is 400 naming page",
            schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "size", in = ParameterIn.QUERY,
            description = "Items per page, 1 to 100 (default 20); out of range is 400 naming size",
            schema = @Schema(type = SchemaType.INTEGER))
    public Page<?> list(@QueryParam("scope") String scope, @BeanParam PageParameters pages) {
        var paging = pages.paging();
        if ("organisation".equals(scope)) {
            return organisationInbox.of(caller.organisations(), paging);
        }
        if (scope != null && !"mine".equals(scope)) {
            throw new InvalidInput("scope", "must be mine or organisation");
        }
        return alerts(paging);
    }

    /** Most urgent first: open stories by their deadline, then the answered ones, newest alert first. */
    private Page<InboxItem> alerts(Paging paging) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("select a.id from alert a left join (select story_id, min(due_at) as due_at,"
                + " max(case when responded_at is null then 1 else 0 end) as open_routes from story_route"
                + ownRoutes() + " group by story_id) r on r.story_id = a.story_id where a.account_id = ?"
                + " order by coalesce(r.open_routes, 0) desc, r.due_at, a.id desc")
                .setParameter(1, caller.id()).setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        var items = ids.stream().map(id -> em.find(Alert.class, ((Number) id).longValue())).map(this::item).toList();
        long total = em.createQuery("select count(a) from Alert a where a.accountId = :me", Long.class)
                .setParameter("me", caller.id()).getSingleResult();
        return new Page<>(items, total, paging.page(), paging.size());
    }

    /** The caller's organisations' routes only, when they act for any (ids from the database, never from the client). */
    private String ownRoutes() {
        var mine = caller.organisations();
        return mine.isEmpty() ? "" : " where organisation_id in ("
                + mine.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    }

    /**
     * A story routed to one of the caller's organisations as its staff read it: also while it is
     * held for them, not public yet (admins and moderators: any routed story).
     */
    @GET
    @Path("stories/{storyId}")
    @Allowed({Role.RESPONDER, Role.QUALITY_MANAGER, Role.ADMIN, Role.MODERATOR})
    @Operation(operationId = "getInboxStory",
            summary = "A routed story as the organisation's staff read it, also while it is held for them")
    @Parameters(@Parameter(name = "storyId", in = ParameterIn.PATH,
            description = "The story's number", schema = @Schema(type = SchemaType.INTEGER)))
    public RoutedStoryView story(@PathParam("storyId") String storyId, @Context HttpHeaders headers) {
        var story = Ids.parse(storyId).flatMap(stories::find).filter(s -> s.held() || s.published())
                .orElseThrow(() -> new NotFound("story", storyId));
        var routed = routes.organisationsOf(story.id());
        boolean everyStory = caller.has(Role.ADMIN) || caller.has(Role.MODERATOR);
        if (routed.isEmpty() || !everyStory && routed.stream().noneMatch(caller.organisations()::contains)) {
            throw new Forbidden("This story was not routed to your organisation.");
        }
        return new RoutedStoryView(views.published(story, true, Languages.preferred(headers)), story.held(), story.heldUntil(),
                story.version());
    }

    /** Reading an alert about a new story tells the storyteller their story was read. */
    @POST
    @Path("{id}/read")
    @Allowed({Role.RESPONDER, Role.QUALITY_MANAGER, Role.ADMIN, Role.MODERATOR})
    @Operation(operationId = "markInboxItemRead", summary = "Marks an inbox item as read")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH,
            description = "The inbox item's id", schema = @Schema(type = SchemaType.INTEGER)))
    public InboxItem read(@PathParam("id") String id) {
        var alert = Ids.parse(id).map(i -> em.find(Alert.class, i)).filter(a -> a.accountId() == caller.id())
                .orElseThrow(() -> new NotFound("alert", id));
        alert.read(clock.instant());
        stories.find(alert.storyId()).ifPresent(s -> s.readByProvider(clock.instant()));
        return item(alert);
    }

    private InboxItem item(Alert alert) {
        var story = stories.find(alert.storyId());
        Instant now = clock.instant();
        var all = routes.of(alert.storyId());
        var earliest = Comparator.comparing(StoryRoute::dueAt);
        var mine = all.stream().filter(r -> caller.organisations().contains(r.organisationId())).min(earliest)
                .or(() -> all.stream().min(earliest));
        Instant due = mine.map(StoryRoute::dueAt).orElse(null);
        boolean overdue = mine.map(r -> r.overdueAt(now)).orElse(false);
        var services = story.map(s -> s.serviceIds().stream().sorted().map(directory::service).flatMap(Optional::stream)
                .map(Service::name).toList()).orElse(List.of());
        return new InboxItem(alert.id(), alert.storyId(), story.map(s -> s.publishedTitle()).orElse(null), alert.kind(),
                alert.createdAt(), alert.readAt() != null, due, overdue, services, story.map(s -> s.criticality()).orElse(null),
                story.map(s -> s.publishedAt()).orElse(alert.createdAt()), mine.map(StoryRoute::respondedAt).orElse(null),
                story.map(s -> s.held()).orElse(false), story.map(s -> s.heldUntil()).orElse(null));
    }
}
