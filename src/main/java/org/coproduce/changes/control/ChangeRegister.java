package org.coproduce.changes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coproduce.accounts.control.Caller;
import org.coproduce.accounts.entity.Role;
import org.coproduce.changes.entity.Change;
import org.coproduce.outcomes.control.Counting;
import org.coproduce.platform.Page;
import org.coproduce.platform.Paging;
import org.coproduce.platform.Settings;
import org.coproduce.problems.Forbidden;
import org.coproduce.problems.InvalidInput;
import org.coproduce.providers.control.Directory;
import org.coproduce.routing.control.Routes;
import org.coproduce.stories.control.Stories;

/**
 * Finds and stores changes; only responders and quality managers of the organisation (or a
 * parent) write them. Recording a change recounts the stories it links or unlinks (outbox, same
 * transaction), so the dashboards' changes planned and made move with the register.
 */
@ApplicationScoped
public class ChangeRegister {

    static final Duration ASK_AFTER = Duration.ofDays(Settings.number("COPRODUCE_DIFFERENCE_DELAY_DAYS", 28));

    @PersistenceContext
    EntityManager em;

    @Inject
    Directory directory;

    @Inject
    Stories stories;

    @Inject
    Caller caller;

    @Inject
    DifferenceMail differenceMail;

    @Inject
    Clock clock;

    @Inject
    Counting counting;

    @Inject
    Routes routes;

    @Inject
    StoryProgress progress;

    @Inject
    Event<ChangeRecorded> recorded;

    public record Draft(long organisationId, String description, Set<Long> serviceIds, Set<String> themes, Set<Long> storyIds,
            java.time.LocalDate plannedOn, String status, java.time.LocalDate madeOn) {
    }

    public Change create(Draft draft) {
        mayWrite(draft.organisationId());
        var change = new Change(draft.organisationId(), caller.id(), clock.instant());
        apply(change, draft);
        em.persist(change);
        em.flush();
        differenceMail.askWhenDue(change);
        progress.follow(change);
        counting.recount(draft.storyIds());
        recorded.fire(new ChangeRecorded(change.id(), change.organisationId(), null, change.status()));
        return change;
    }

    public Change update(Change change, Draft draft) {
        mayWrite(change.organisationId());
        if (draft.organisationId() != change.organisationId()) {
            throw new InvalidInput("organisationId", "a change stays with its organisation");
        }
        var linked = new HashSet<Long>(draft.storyIds());
        change.stories().forEach(s -> linked.add(s.storyId()));
        String before = change.status();
        apply(change, draft);
        differenceMail.askWhenDue(change);
        progress.follow(change);
        counting.recount(linked);
        recorded.fire(new ChangeRecorded(change.id(), change.organisationId(), before, change.status()));
        return change;
    }

    /**
     * Only the organisation's own services (and those of the organisations under it) and only
     * stories routed to it (or under it) may be linked: an organisation cannot claim another's
     * stories ({@link ForeignLinks}). Stories linked before stay, so an old link never blocks an edit.
     */
    private void apply(Change change, Draft draft) {
        var family = directory.withDescendants(Set.of(draft.organisationId()));
        var services = directory.serviceIdsOf(family);
        draft.serviceIds().stream().filter(id -> !services.contains(id)).sorted().filter(id -> directory.service(id).isEmpty())
                .findFirst().ifPresent(id -> {
                    throw new InvalidInput("serviceIds", "service " + id + " does not exist");
                });
        var linkedBefore = new HashSet<Long>();
        change.stories().forEach(s -> linkedBefore.add(s.storyId()));
        // A story linked before and hidden or unpublished since stays linked (never shown while it is not public).
        draft.storyIds().stream().sorted().filter(id -> !linkedBefore.contains(id)).filter(id -> stories.published(id).isEmpty())
                .findFirst().ifPresent(id -> {
                    throw new InvalidInput("storyIds", "story " + id + " is not a published story");
                });
        var foreign = ForeignLinks.of(family, services, linkedBefore, draft.serviceIds(), draft.storyIds(), routes::organisationsOf);
        if (!foreign.none()) {
            throw new Forbidden(foreign.refusal());
        }
        change.describe(draft.description(), draft.serviceIds(), draft.themes(), draft.storyIds(), draft.plannedOn());
        change.moveTo(draft.status(), draft.madeOn(), ASK_AFTER);
    }

    /** Only responders and quality managers of the organisation (or a parent), and admins. */
    public void mayWrite(long organisationId) {
        var account = caller.account().orElseThrow(() -> new Forbidden("Log in first."));
        if (Role.ADMIN.equals(account.role())) {
            return;
        }
        boolean member = directory.withAncestors(Set.of(organisationId)).stream().anyMatch(account.organisationIds()::contains);
        if (!member || !(Role.RESPONDER.equals(account.role()) || Role.QUALITY_MANAGER.equals(account.role()))) {
            throw new Forbidden("Only responders and quality managers of this organisation record its changes.");
        }
    }

    public Optional<Change> find(long id) {
        return Optional.ofNullable(em.find(Change.class, id));
    }

    /** Newest first, of these organisations and with this status when given. */
    public Page<Change> list(Optional<Set<Long>> organisations, Optional<String> status, Paging paging) {
        var conditions = new java.util.ArrayList<String>();
        organisations.ifPresent(o -> conditions.add("c.organisationId in :o"));
        status.ifPresent(s -> conditions.add("c.status = :s"));
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        var query = em.createQuery("select c from Change c" + where + " order by c.createdAt desc, c.id desc", Change.class);
        var count = em.createQuery("select count(c) from Change c" + where, Long.class);
        organisations.ifPresent(o -> {
            query.setParameter("o", o.isEmpty() ? Set.of(-1L) : o);
            count.setParameter("o", o.isEmpty() ? Set.of(-1L) : o);
        });
        status.ifPresent(s -> {
            query.setParameter("s", s);
            count.setParameter("s", s);
        });
        return new Page<>(query.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList(),
                count.getSingleResult(), paging.page(), paging.size());
    }

    public List<Change> answering(long storyId) {
        return em.createQuery("select distinct c from Change c join c.stories s where s.storyId = :s", Change.class)
                .setParameter("s", storyId).getResultList();
    }
}
