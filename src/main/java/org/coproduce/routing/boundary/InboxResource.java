package org.coproduce.routing.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.control.Caller;
import org.coproduce.accounts.entity.Role;
import org.coproduce.platform.Ids;
import org.coproduce.platform.Page;
import org.coproduce.platform.Paging;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.routing.control.Routes;
import org.coproduce.routing.entity.Alert;
import org.coproduce.routing.entity.StoryRoute;
import org.coproduce.stories.control.Stories;

/** A staff member's alerts: unread first, then newest; overdue ones marked. */
@Path("inbox")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
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
    Clock clock;

    @GET
    @Allowed({Role.RESPONDER, Role.QUALITY_MANAGER, Role.ADMIN, Role.MODERATOR})
    public Page<InboxItem> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        var paging = Paging.of(page, size);
        var items = em.createQuery("select a from Alert a where a.accountId = :me"
                + " order by case when a.readAt is null then 0 else 1 end, a.createdAt desc, a.id desc", Alert.class)
                .setParameter("me", caller.id()).setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        long total = em.createQuery("select count(a) from Alert a where a.accountId = :me", Long.class)
                .setParameter("me", caller.id()).getSingleResult();
        return new Page<>(items.stream().map(this::item).toList(), total, paging.page(), paging.size());
    }

    /** Reading an alert about a new story tells the storyteller their story was read. */
    @POST
    @Path("{id}/read")
    @Allowed({Role.RESPONDER, Role.QUALITY_MANAGER, Role.ADMIN, Role.MODERATOR})
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
        var mine = routes.of(alert.storyId()).stream()
                .filter(r -> caller.organisations().contains(r.organisationId())).findFirst()
                .or(() -> routes.of(alert.storyId()).stream().findFirst());
        Instant due = mine.map(StoryRoute::dueAt).orElse(null);
        boolean overdue = mine.map(r -> r.overdueAt(now)).orElse(false);
        return new InboxItem(alert.id(), alert.storyId(), story.map(s -> s.publishedTitle()).orElse(null), alert.kind(),
                alert.createdAt(), alert.readAt() != null, due, overdue);
    }
}
