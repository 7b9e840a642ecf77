package org.coproduce.background.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
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

    public void enqueue(String kind, long subjectId, Duration delay) {
        var now = clock.instant();
        em.persist(new OutboxTask(kind, subjectId, now.plus(delay), now));
    }
}
