package org.coproduce.outcomes.control;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
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
import java.util.logging.Logger;
import org.coproduce.platform.Periodic;
import org.coproduce.platform.PeriodicJob;
import org.coproduce.platform.SchemaReady;
import org.coproduce.platform.Transactions;
import org.coproduce.stories.control.StoryQueries;

/**
 * Counts what no task counted: at start, published stories missing from the ledger (stories
 * from before this component, demo data), after the other start-up work, looking through the
 * story ids in ranges (about 7 s for a million stories on the shared test machine); then in the
 * background, stories the ledger counted in months but not yet in weeks, stories counted
 * before their sentiment was kept, and stories counted before organisations had summary rows of
 * their own ({@link #upgrade()}); and every COPRODUCE_OUTCOMES_SWEEP_MS (default 5 minutes),
 * stories whose deadline passed unanswered since they were counted, so that "overdue" needs no
 * scan when a dashboard is read.
 */
@ApplicationScoped
public class Recount implements Periodic {

    private static final Logger LOG = Logger.getLogger(Recount.class.getName());
    private static final int BATCH = 200;
    private static final long ID_RANGE = 20_000;

    @Resource
    UserTransaction transaction;

    @PersistenceContext
    EntityManager em;

    @Inject
    Counting counting;

    @Inject
    StoryQueries stories;

    @Inject
    Clock clock;

    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) SchemaReady ready) {
        int counted = 0;
        long last = ids(() -> List.of(stories.lastId())).getFirst();
        for (long from = 0; from < last; from += ID_RANGE) {
            for (List<Long> batch = uncounted(from, from + ID_RANGE); !batch.isEmpty(); batch = uncounted(from, from + ID_RANGE)) {
                count(batch);
                counted += batch.size();
            }
        }
        if (counted > 0) {
            LOG.info("Outcomes counted " + counted + " published stories that had not been counted");
        }
    }

    /** Started after {@link #start}'s count, as every periodic job is started after the start-up work. */
    @Override
    public List<PeriodicJob> periodicJobs() {
        return List.of(PeriodicJob.ownTransactions("Outcomes upgrade recount", "COPRODUCE_OUTCOMES_UPGRADE_MS", 60_000,
                this::upgrade).onOneInstance("outcomes-upgrade"),
                PeriodicJob.ownTransactions("Outcomes sweep", "COPRODUCE_OUTCOMES_SWEEP_MS", 300_000, this::sweep)
                        .onOneInstance("outcomes-sweep"));
    }

    /**
     * Counts again the ledger rows kept before a schema change added what they lack (weeks,
     * sentiment, organisations), in the background: about 50 stories a second on the shared test
     * machine with a million stories (the rows are rewritten one by one), so hours for a large
     * database, which must not hold up the start. Figures of the scopes concerned are incomplete
     * until it ends. Runs every COPRODUCE_OUTCOMES_UPGRADE_MS (default a minute; with nothing
     * left, three indexed queries), so after a failure or a restart it goes on where it stopped.
     */
    void upgrade() {
        recountAll(this::notInWeeks, "in weeks that had been counted in months only");
        recountAll(this::noSentiment, "counted before sentiment was kept, for their sentiment");
        recountAll(this::notForOrganisations, "for their organisations, counted before organisations had rows");
    }

    private void recountAll(java.util.function.Supplier<List<Long>> pending, String what) {
        int counted = 0;
        for (List<Long> batch = pending.get(); !batch.isEmpty(); batch = pending.get()) {
            count(batch);
            counted += batch.size();
        }
        if (counted > 0) {
            LOG.info("Outcomes counted " + counted + " stories " + what);
        }
    }

    void sweep() {
        for (List<Long> batch = newlyOverdue(); !batch.isEmpty(); batch = newlyOverdue()) {
            count(batch);
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
        return ids(() -> stories.publishedWithout(after, upTo, "select 1 from outcome_story o where o.story_id = s.id", BATCH));
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
        return ids(() -> {
            var query = em.createNativeQuery(sql).setMaxResults(BATCH);
            if (parameter != null) {
                query.setParameter(1, parameter);
            }
            List<Object> rows = query.getResultList();
            return rows.stream().map(r -> ((Number) r).longValue()).toList();
        });
    }

    private List<Long> ids(java.util.function.Supplier<List<Long>> query) {
        try {
            return Transactions.inOwn(transaction, query);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Could not find stories to count", e);
        }
    }
}
