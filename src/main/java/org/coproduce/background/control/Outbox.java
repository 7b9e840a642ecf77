package org.coproduce.background.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

    /** Runs the task once the delay has passed, never before (see {@link #due}). */
    public void enqueue(String kind, long subjectId, Duration delay) {
        var now = clock.instant();
        em.persist(new OutboxTask(kind, subjectId, due(now, delay), now));
    }

    /**
     * When a task delayed this much may run: a delayed one from the next whole second on, since the
     * due time is kept to the second (the column has no fraction, and EclipseLink drops it on
     * MariaDB, which it takes for MySQL 5.5): cut off, a retry after 2 s could run after 1.1 s.
     */
    static Instant due(Instant now, Duration delay) {
        var due = now.plus(delay);
        if (delay.isZero()) {
            return due;
        }
        var second = due.truncatedTo(ChronoUnit.SECONDS);
        return second.equals(due) ? due : second.plusSeconds(1);
    }
}
