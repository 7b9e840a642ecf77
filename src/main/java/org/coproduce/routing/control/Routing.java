package org.coproduce.routing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coproduce.accounts.control.Accounts;
import org.coproduce.accounts.entity.Role;
import org.coproduce.background.control.Outbox;
import org.coproduce.providers.control.Directory;
import org.coproduce.routing.entity.Alert;
import org.coproduce.routing.entity.StoryRoute;
import org.coproduce.routing.entity.Subscription;
import org.coproduce.routing.entity.UnroutedStory;
import org.coproduce.problems.Conflict;
import org.coproduce.stories.control.Stories;
import org.coproduce.stories.control.StoryWithdrawn;

/**
 * Routes a story in the transaction that publishes it: one route per responsible organisation
 * with its deadline, an inbox alert for every subscriber whose threshold the story's criticality
 * meets and for the responders of organisations that only a routing rule brought in (they cannot
 * follow services of other organisations), and an e-mail task per alert in the outbox. A story
 * nobody takes goes to the platform queue instead, for moderators and administrators to route by
 * hand. Running twice changes nothing.
 */
@ApplicationScoped
public class Routing {

    @Inject
    Stories stories;

    @Inject
    Responsibility responsibility;

    @Inject
    Routes routes;

    @Inject
    Outbox outbox;

    @Inject
    Accounts accounts;

    @Inject
    Directory directory;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<StoryRouted> routedEvent;

    public void route(long storyId) {
        var story = stories.find(storyId).filter(s -> s.published() || s.held()).orElse(null);
        if (story == null || !routes.of(storyId).isEmpty()) {
            return;
        }
        var due = Deadlines.due(story.publishedAt(), story.criticality());
        var owners = responsibility.owners(story);
        var ruleOnly = new HashSet<>(responsibility.byRules(story));
        ruleOnly.removeAll(owners);
        var routed = new HashSet<>(owners);
        routed.addAll(ruleOnly);
        if (routed.isEmpty()) {
            queue(storyId);
            return;
        }
        for (long organisation : routed) {
            em.persist(new StoryRoute(storyId, organisation, due));
        }
        if (!routed.isEmpty()) {
            routedEvent.fire(new StoryRouted(storyId, Set.copyOf(routed)));
        }
        int criticality = story.criticality() == null ? 0 : story.criticality();
        var alerted = new HashSet<Long>();
        for (var subscription : subscriptionsTo(story.serviceIds())) {
            if (subscription.wants(criticality) && stillActsFor(subscription)) {
                alert(subscription.accountId(), storyId, alerted);
            }
        }
        for (long organisation : ruleOnly) {
            accounts.withRoleFor(Role.RESPONDER, Set.of(organisation)).stream()
                    .filter(a -> a.organisationIds().contains(organisation))
                    .forEach(responder -> alert(responder.id(), storyId, alerted));
        }
    }

    /**
     * A story no service, parent or rule brought to anyone waits in the platform queue; every
     * moderator and administrator is alerted (inbox and e-mail) to route it by hand.
     */
    private void queue(long storyId) {
        if (em.find(UnroutedStory.class, storyId) != null) {
            return;
        }
        em.persist(new UnroutedStory(storyId, clock.instant()));
        var alerted = new HashSet<Long>();
        for (String role : List.of(Role.MODERATOR, Role.ADMIN)) {
            accounts.withRole(role).forEach(a -> alert(a.id(), storyId, Alert.UNROUTED, alerted));
        }
    }

    /**
     * Routes a queued story by hand to these organisations: deadlines count from now (the story
     * waited through no fault of theirs); their responders and the services' subscribers are alerted.
     */
    public void byHand(UnroutedStory queued, Set<Long> organisations, long accountId, long seenVersion) {
        var story = stories.find(queued.storyId()).filter(s -> s.published())
                .orElseThrow(() -> new Conflict("The story is not published (any more)."));
        queued.routedBy(accountId, seenVersion, clock.instant());
        var due = Deadlines.due(clock.instant(), story.criticality());
        for (long organisation : organisations) {
            em.persist(new StoryRoute(story.id(), organisation, due));
        }
        var alerted = new HashSet<Long>();
        for (long organisation : organisations) {
            accounts.withRoleFor(Role.RESPONDER, Set.of(organisation)).stream()
                    .filter(a -> a.organisationIds().contains(organisation))
                    .forEach(responder -> alert(responder.id(), story.id(), Alert.NEW_STORY, alerted));
        }
    }

    /** A withdrawn story waits for nobody: it leaves the platform queue. */
    void withdrawn(@Observes StoryWithdrawn withdrawn) {
        em.createQuery("delete from UnroutedStory u where u.storyId = :s and u.routedAt is null")
                .setParameter("s", withdrawn.storyId()).executeUpdate();
    }

    private void alert(long accountId, long storyId, Set<Long> alerted) {
        alert(accountId, storyId, Alert.NEW_STORY, alerted);
    }

    private void alert(long accountId, long storyId, String kind, Set<Long> alerted) {
        if (alerted.add(accountId)) {
            var alert = new Alert(accountId, storyId, kind, clock.instant());
            em.persist(alert);
            em.flush();
            outbox.enqueue(AlertMail.KIND, alert.id());
        }
    }

    /**
     * A subscriber removed from the service's organisation (or disabled) gets no more of its
     * alerts: the subscription stays, in case they are added back, but it is only honoured while
     * the account acts for the organisation, or one above it, as when it was made.
     */
    private boolean stillActsFor(Subscription subscription) {
        var account = accounts.find(subscription.accountId()).filter(a -> !a.disabled()).orElse(null);
        var service = directory.service(subscription.serviceId()).orElse(null);
        return account != null && service != null
                && directory.withDescendants(account.organisationIds()).contains(service.organisation().id());
    }

    private java.util.List<Subscription> subscriptionsTo(java.util.Set<Long> serviceIds) {
        if (serviceIds.isEmpty()) {
            return java.util.List.of();
        }
        return em.createQuery("select s from Subscription s where s.serviceId in :services", Subscription.class)
                .setParameter("services", serviceIds).getResultList();
    }
}
