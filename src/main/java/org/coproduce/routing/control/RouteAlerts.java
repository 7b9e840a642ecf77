package org.coproduce.routing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.coproduce.background.control.Outbox;
import org.coproduce.routing.entity.Alert;
import org.coproduce.routing.entity.StoryRoute;

/**
 * What the reminder and the escalation jobs share: claiming unanswered routes by their deadline
 * (SKIP LOCKED, so with several instances each route is taken by one), and alerting an account
 * once per story and kind (inbox and e-mail through the outbox).
 */
@ApplicationScoped
public class RouteAlerts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    /**
     * Up to 100 unanswered routes meeting the condition (SQL over story_route with ? for the
     * instants, a constant of the caller), earliest deadline first, locked until the transaction ends.
     */
    @SuppressWarnings("unchecked")
    List<StoryRoute> claimUnanswered(String condition, Instant... instants) {
        var query = em.createNativeQuery("select story_id, organisation_id from story_route where responded_at is null and "
                + condition + " order by due_at limit 100 for update skip locked");
        for (int i = 0; i < instants.length; i++) {
            query.setParameter(i + 1, Timestamp.from(instants[i]));
        }
        return ((List<Object[]>) query.getResultList()).stream()
                .map(key -> em.find(StoryRoute.class, new StoryRoute.Key(((Number) key[0]).longValue(), ((Number) key[1]).longValue())))
                .toList();
    }

    /** An alert of this kind about the story for the account, unless it has one already. */
    void alertOnce(long accountId, long storyId, String kind, Instant now) {
        long existing = em.createQuery("select count(a) from Alert a where a.accountId = :a and a.storyId = :s and a.kind = :k", Long.class)
                .setParameter("a", accountId).setParameter("s", storyId).setParameter("k", kind).getSingleResult();
        if (existing == 0) {
            var alert = new Alert(accountId, storyId, kind, now);
            em.persist(alert);
            em.flush();
            outbox.enqueue(AlertMail.KIND, alert.id());
        }
    }
}
