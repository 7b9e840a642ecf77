package org.coproduce.outcomes.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coproduce.platform.SchemaReady;
import org.coproduce.platform.Repeating;
import org.coproduce.platform.Transactions;

/**
 * Counts what no task counted: at start, published stories missing from the ledger (stories
 * from before this component, demo data), after the other start-up work, looking through the
 * story ids in ranges (about 7 s for a million stories on the shared test machine), and stories
 * the ledger counted in months but not yet in weeks, stories counted before their sentiment
 * was kept, and stories counted before organisations had summary rows of their own; then every
 * COPRODUCE_OUTCOMES_SWEEP_MS (default 5 minutes), stories whose deadline passed unanswered
 * since they were counted, so that "overdue" needs no scan when a dashboard is read.
 */
@ApplicationScoped
public class Recount {

    private static final Logger LOG = Logger.getLogger(Recount.class.getName());
    private static final int BATCH = 200;
    private static final long ID_RANGE = 20_000;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    UserTransaction transaction;

    @PersistenceContext
    EntityManager em;

    @Inject
    Counting counting;

    @Inject
    Clock clock;

    private final Repeating sweeping = new Repeating();

    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) SchemaReady ready) {
        int counted = 0;
        long last = ids("select coalesce(max(id), 0) from story", null).getFirst();
        for (long from = 0; from < last; from += ID_RANGE) {
            for (List<Long> batch = uncounted(from, from + ID_RANGE); !batch.isEmpty(); batch = uncounted(from, from + ID_RANGE)) {
                count(batch);
                counted += batch.size();
            }
        }
        if (counted > 0) {
            LOG.info("Outcomes counted " + counted + " published stories that had not been counted");
        }
        int weeks = 0;
        for (List<Long> batch = notInWeeks(); !batch.isEmpty(); batch = notInWeeks()) {
            count(batch);
            weeks += batch.size();
        }
        if (weeks > 0) {
            LOG.info("Outcomes counted " + weeks + " stories in weeks that had been counted in months only");
        }
        int sentiments = 0;
        for (List<Long> batch = noSentiment(); !batch.isEmpty(); batch = noSentiment()) {
            count(batch);
            sentiments += batch.size();
        }
        if (sentiments > 0) {
            LOG.info("Outcomes counted the sentiment of " + sentiments + " stories counted before sentiment was kept");
        }
        int organisations = 0;
        for (List<Long> batch = notForOrganisations(); !batch.isEmpty(); batch = notForOrganisations()) {
            count(batch);
            organisations += batch.size();
        }
        if (organisations > 0) {
            LOG.info("Outcomes counted " + organisations + " stories for their organisations, counted before organisations had rows");
        }
        sweeping.start(scheduler, "COPRODUCE_OUTCOMES_SWEEP_MS", 300_000, this::sweep);
    }

    @PreDestroy
    void stop() {
        sweeping.stop();
    }

    void sweep() {
        try {
            for (List<Long> batch = newlyOverdue(); !batch.isEmpty(); batch = newlyOverdue()) {
                count(batch);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outcomes sweep failed: {0}", e.getMessage());
        }
    }

    private void count(List<Long> storyIds) {
        try {
            Transactions.inOwn(transaction, () -> {
                storyIds.forEach(counting::handle);
                return null;
            });
        } catch (RuntimeException e) {
            throw new IllegalStateException("Could not count stories " + storyIds, e);
        }
    }

    /** In ranges of ids, so that no statement scans the whole story table. */
    private List<Long> uncounted(long after, long upTo) {
        return ids("select s.id from story s where s.id > " + after + " and s.id <= " + upTo + " and s.status = 'PUBLISHED'"
                + " and not exists (select 1 from outcome_story o where o.story_id = s.id) order by s.id", null);
    }

    /** Ledger rows from before weeks were kept: counting them again adds their weeks (an indexed range). */
    private List<Long> notInWeeks() {
        return ids("select story_id from outcome_story where yw is null order by story_id", null);
    }

    /** Ledger rows from before sentiment was kept (V15 counted them "unknown"): counting them again moves them. */
    private List<Long> noSentiment() {
        return ids("select story_id from outcome_story where sentiment is null order by story_id", null);
    }

    /** Ledger rows from before organisations had summary rows (V16): counting them again adds their organisations' cells. */
    private List<Long> notForOrganisations() {
        return ids("select story_id from outcome_story where organisations is null order by story_id", null);
    }

    private List<Long> newlyOverdue() {
        return ids("select story_id from outcome_story where overdue = false and responded_at is null and due_at <= ?"
                + " order by due_at", Timestamp.from(clock.instant()));
    }

    @SuppressWarnings("unchecked")
    private List<Long> ids(String sql, Object parameter) {
        try {
            return Transactions.inOwn(transaction, () -> {
                var query = em.createNativeQuery(sql).setMaxResults(BATCH);
                if (parameter != null) {
                    query.setParameter(1, parameter);
                }
                List<Object> rows = query.getResultList();
                return rows.stream().map(r -> ((Number) r).longValue()).toList();
            });
        } catch (RuntimeException e) {
            throw new IllegalStateException("Could not find stories to count", e);
        }
    }
}
