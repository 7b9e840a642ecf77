package org.coproduce.background.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.coproduce.background.entity.OutboxTask;
import org.coproduce.platform.Periodic;
import org.coproduce.platform.PeriodicJob;
import org.coproduce.platform.Transactions;
import org.coproduce.problems.Masking;

/**
 * Polls the outbox (every COPRODUCE_OUTBOX_POLL_MS, default 500) once the schema is ready, and
 * therefore resumes whatever was pending before a crash or restart. Failures are stored and logged
 * with e-mail addresses masked ({@link Masking}).
 */
@ApplicationScoped
public class OutboxWorker implements Periodic {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());
    private static final int BATCH = 20;

    @Resource
    UserTransaction transaction;

    @PersistenceContext
    EntityManager em;

    @Inject
    @Any
    Instance<TaskHandler> handlers;

    @Inject
    Clock clock;

    private Map<String, TaskHandler> byKind;

    @PostConstruct
    void indexHandlers() {
        byKind = handlers.stream().collect(Collectors.toMap(TaskHandler::kind, Function.identity()));
    }

    @Override
    public List<PeriodicJob> periodicJobs() {
        return List.of(PeriodicJob.ownTransactions("Outbox poll", "COPRODUCE_OUTBOX_POLL_MS", 500, this::drain));
    }

    /** Runs due tasks one transaction each until none is due (or a batch is done). */
    void drain() {
        for (int i = 0; i < BATCH && runOne(); i++) {
            // next
        }
    }

    private boolean runOne() {
        Long claimed = null;
        try {
            transaction.begin();
            claimed = claim();
            if (claimed == null) {
                transaction.commit();
                return false;
            }
            var task = em.find(OutboxTask.class, claimed);
            var handler = byKind.get(task.kind());
            if (handler == null) {
                throw new IllegalStateException("no handler for " + task.kind());
            }
            handler.handle(task.subjectId());
            task.done(clock.instant());
            transaction.commit();
            return true;
        } catch (Exception e) {
            rollbackQuietly();
            if (claimed != null) {
                recordFailure(claimed, e);
            } else {
                LOG.log(Level.WARNING, "Outbox claim failed: {0}", Masking.describe(e));
            }
            return claimed != null;
        }
    }

    @SuppressWarnings("unchecked")
    private Long claim() {
        List<Object> ids = em.createNativeQuery("select id from outbox where status = 'PENDING' and available_at <= ?"
                + " order by available_at, id limit 1 for update skip locked")
                .setParameter(1, java.sql.Timestamp.from(clock.instant())).getResultList();
        return ids.isEmpty() ? null : ((Number) ids.getFirst()).longValue();
    }

    private void recordFailure(long id, Exception cause) {
        try {
            transaction.begin();
            var task = em.find(OutboxTask.class, id);
            if (cause instanceof NotReadyYet) {
                task.postpone(java.time.Duration.ofSeconds(5), clock.instant());
            } else {
                task.failed(Masking.emails(cause.getClass().getSimpleName() + ": " + cause.getMessage()), clock.instant());
                LOG.log(Level.WARNING, "Task {0} {1} failed (attempt {2}): {3}",
                        new Object[] {id, task.kind(), task.attempts(), Masking.describe(cause)});
            }
            transaction.commit();
        } catch (Exception e) {
            rollbackQuietly();
            LOG.log(Level.WARNING, "Could not record the failure of task {0}: {1}", new Object[] {id, Masking.describe(e)});
        }
    }

    private void rollbackQuietly() {
        Transactions.rollbackQuietly(transaction);
    }
}
