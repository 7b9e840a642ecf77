package org.coproduce.routing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.coproduce.accounts.control.Accounts;
import org.coproduce.accounts.entity.Role;
import org.coproduce.background.control.Outbox;
import org.coproduce.platform.Periodic;
import org.coproduce.platform.PeriodicJob;
import org.coproduce.providers.control.Directory;
import org.coproduce.routing.entity.Alert;
import org.coproduce.routing.entity.StoryRoute;

/**
 * Every COPRODUCE_ESCALATION_POLL_MS (default 60 s): routes past their deadline without a
 * response escalate to the quality managers of the organisation (and its parents). Rows are
 * claimed with SKIP LOCKED, so with several instances each is escalated once.
 */
@ApplicationScoped
public class Escalation implements Periodic {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Directory directory;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Override
    public List<PeriodicJob> periodicJobs() {
        return List.of(PeriodicJob.inTransaction("Escalation", "COPRODUCE_ESCALATION_POLL_MS", 60_000, this::escalateDue).onOneInstance("escalation"));
    }

    void escalateDue() {
        for (Object[] key : due()) {
            escalate(em.find(StoryRoute.class, new StoryRoute.Key(((Number) key[0]).longValue(), ((Number) key[1]).longValue())));
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> due() {
        return em.createNativeQuery("select story_id, organisation_id from story_route where responded_at is null"
                + " and escalated_at is null and due_at < ? order by due_at limit 100 for update skip locked")
                .setParameter(1, Timestamp.from(clock.instant())).getResultList();
    }

    private void escalate(StoryRoute route) {
        var now = clock.instant();
        Set<Long> organisations = directory.withAncestors(Set.of(route.organisationId()));
        for (var manager : accounts.withRoleFor(Role.QUALITY_MANAGER, organisations)) {
            long existing = em.createQuery("select count(a) from Alert a where a.accountId = :a and a.storyId = :s and a.kind = :k", Long.class)
                    .setParameter("a", manager.id()).setParameter("s", route.storyId()).setParameter("k", Alert.OVERDUE)
                    .getSingleResult();
            if (existing == 0) {
                var alert = new Alert(manager.id(), route.storyId(), Alert.OVERDUE, now);
                em.persist(alert);
                em.flush();
                outbox.enqueue(AlertMail.KIND, alert.id());
            }
        }
        route.escalated(now);
    }
}
