package org.coproduce.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The daily retention pass (COPRODUCE_RETENTION_MS, a day by default): every {@link Retention}
 * bean purges its tables, in one transaction. Several instances sharing the database never run it
 * at once, and it runs once a period for all of them: the pass first locks the {@code job_lease}
 * row {@value #LOCK} ({@code SELECT … FOR UPDATE SKIP LOCKED}, on MySQL, MariaDB and H2 alike); an
 * instance that finds it locked, or finds that another ran the pass less than half a period ago,
 * skips its turn. Logs one line of counts, never what was purged.
 */
@ApplicationScoped
public class RetentionPass implements Periodic {

    private static final Logger LOG = Logger.getLogger(RetentionPass.class.getName());
    static final String LOCK = "retention";

    @PersistenceContext
    EntityManager em;

    @Inject
    @Any
    Instance<Retention> retentions;

    @Inject
    Clock clock;

    @Override
    public List<PeriodicJob> periodicJobs() {
        return List.of(PeriodicJob.inTransaction("Retention", "COPRODUCE_RETENTION_MS", 86_400_000, this::pass));
    }

    void pass() {
        List<?> lease = em.createNativeQuery("select last_run_at from job_lease where name = ? for update skip locked")
                .setParameter(1, LOCK).getResultList();
        var now = clock.instant();
        if (lease.isEmpty()) {
            LOG.fine("Retention: another instance is running the pass");
            return;
        }
        var lastRun = SqlValues.instant(lease.getFirst());
        long period = Settings.number("COPRODUCE_RETENTION_MS", 86_400_000);
        if (lastRun != null && lastRun.isAfter(now.minusMillis(period / 2))) {
            LOG.fine("Retention: another instance ran the pass lately");
            return;
        }
        em.createNativeQuery("update job_lease set last_run_at = ? where name = ?")
                .setParameter(1, java.sql.Timestamp.from(now)).setParameter(2, LOCK).executeUpdate();
        var purged = new LinkedHashMap<String, Integer>();
        retentions.forEach(retention -> retention.purge(now).forEach((what, n) -> purged.merge(what, n, Integer::sum)));
        LOG.info(() -> "Retention: purged " + counts(purged));
    }

    static String counts(Map<String, Integer> purged) {
        return purged.isEmpty() ? "nothing" : purged.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
    }
}
