package org.coproduce.background.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.coproduce.background.entity.OutboxTask;
import org.coproduce.platform.Page;
import org.coproduce.platform.Paging;

/** What operators see and do with the outbox: tasks by status, retrying or dropping one, the backlog. */
@ApplicationScoped
public class OutboxTasks {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public Page<OutboxTask> withStatus(String status, Paging paging) {
        var items = em.createQuery("select t from OutboxTask t where t.status = :s order by t.createdAt desc, t.id desc", OutboxTask.class)
                .setParameter("s", status).setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        long total = em.createQuery("select count(t) from OutboxTask t where t.status = :s", Long.class)
                .setParameter("s", status).getSingleResult();
        return new Page<>(items, total, paging.page(), paging.size());
    }

    public Optional<OutboxTask> find(long id) {
        return Optional.ofNullable(em.find(OutboxTask.class, id));
    }

    public void retry(OutboxTask task) {
        task.retry(clock.instant());
    }

    public void drop(OutboxTask task) {
        em.remove(task);
    }

    /** Pending tasks, due or not, the oldest pending one's creation, and the tasks given up. */
    public Backlog backlog() {
        Object[] row = (Object[]) em.createNativeQuery("select sum(case when status = 'PENDING' then 1 else 0 end),"
                + " min(case when status = 'PENDING' then created_at end), sum(case when status = 'FAILED' then 1 else 0 end)"
                + " from outbox where status in ('PENDING', 'FAILED')").getSingleResult();
        return new Backlog(count(row[0]), instant(row[1]), count(row[2]), clock.instant());
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Timestamp t -> t.toInstant();
            case java.time.LocalDateTime t -> Timestamp.valueOf(t).toInstant();
            case Instant t -> t;
            default -> Instant.parse(value.toString());
        };
    }

    /** {@code oldestPending} is null when nothing is pending. */
    public record Backlog(long pending, Instant oldestPending, long failed, Instant at) {

        public long oldestAgeSeconds() {
            return oldestPending == null ? 0 : Math.max(0, at.getEpochSecond() - oldestPending.getEpochSecond());
        }
    }
}
