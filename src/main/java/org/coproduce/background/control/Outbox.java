package org.coproduce.background.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import org.coproduce.background.entity.OutboxTask;

/** Enqueues background work in the caller's transaction. */
@ApplicationScoped
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public void enqueue(String kind, long subjectId) {
        enqueue(kind, subjectId, Duration.ZERO);
    }

    /**
     * Erasure: tasks of this kind about these subjects keep no error text, and the finished ones
     * go altogether; pending ones still run (their handlers find the subject erased).
     */
    public void forget(String kind, Collection<Long> subjectIds) {
        if (subjectIds.isEmpty()) {
            return;
        }
        em.createQuery("delete from OutboxTask t where t.kind = :k and t.subjectId in :ids and t.status <> :pending")
                .setParameter("k", kind).setParameter("ids", subjectIds).setParameter("pending", OutboxTask.PENDING).executeUpdate();
        em.createQuery("update OutboxTask t set t.lastError = null where t.kind = :k and t.subjectId in :ids")
                .setParameter("k", kind).setParameter("ids", subjectIds).executeUpdate();
    }

    public void enqueue(String kind, long subjectId, Duration delay) {
        var now = clock.instant();
        em.persist(new OutboxTask(kind, subjectId, now.plus(delay), now));
    }
}
