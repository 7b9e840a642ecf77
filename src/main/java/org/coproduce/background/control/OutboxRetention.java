package org.coproduce.background.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.coproduce.background.entity.OutboxTask;
import org.coproduce.platform.Retention;
import org.coproduce.platform.Settings;

/**
 * Finished outbox rows, with their errors, are deleted COPRODUCE_RETAIN_OUTBOX_DAYS (7) after they
 * finished: done ones after they were done, failed ones (given up) after they were queued.
 * Pending rows stay, however old.
 */
@ApplicationScoped
public class OutboxRetention implements Retention {

    static final Duration FINISHED = Duration.ofDays(Settings.number("COPRODUCE_RETAIN_OUTBOX_DAYS", 7));

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<String, Integer> purge(Instant now) {
        var before = Timestamp.from(now.minus(FINISHED));
        int deleted = em.createNativeQuery("delete from outbox where (status = ? and done_at < ?) or (status = ? and created_at < ?)")
                .setParameter(1, OutboxTask.DONE).setParameter(2, before).setParameter(3, OutboxTask.FAILED).setParameter(4, before)
                .executeUpdate();
        return Map.of("outbox rows", deleted);
    }
}
