package org.coproduce.platform;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coproduce.problems.Masking;

/**
 * Runs the jobs of every {@link Periodic} bean with a fixed delay (the first run one interval
 * after the start), starting once the schema is ready and the other start-up work is done, and
 * cancels them at shutdown. A run never overlaps the previous run of the same job. A job with a
 * lease runs only on the instance that claims the lease, which it then holds for 90% of the
 * period: with several instances, one of them runs it each period (another takes over within a
 * period if that one dies).
 */
@ApplicationScoped
public class PeriodicJobs {

    private static final Logger LOG = Logger.getLogger(PeriodicJobs.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    UserTransaction transaction;

    @Inject
    @Any
    Instance<Periodic> beans;

    @Inject
    Leases leases;

    @Inject
    Clock clock;

    private final List<ScheduledFuture<?>> running = new ArrayList<>();

    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) SchemaReady ready) {
        beans.forEach(bean -> bean.periodicJobs().forEach(this::schedule));
    }

    private synchronized void schedule(PeriodicJob job) {
        long every = Settings.number(job.setting(), job.defaultMillis());
        running.add(scheduler.scheduleWithFixedDelay(() -> run(job), every, every, TimeUnit.MILLISECONDS));
    }

    @PreDestroy
    synchronized void stop() {
        running.forEach(future -> future.cancel(false));
        running.clear();
    }

    /** One run: in a transaction if the job wants one; a failure is logged, never thrown (it would end the schedule). */
    void run(PeriodicJob job) {
        try {
            if (job.lease() != null && !claimed(job)) {
                LOG.log(Level.FINE, "{0}: another instance holds the lease", job.name());
                return;
            }
            if (job.inOneTransaction()) {
                Transactions.inOwn(transaction, () -> {
                    job.work().run();
                    return null;
                });
            } else {
                job.work().run();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "{0} failed: {1}", new Object[] {job.name(), Masking.describe(e)});
        }
    }

    private boolean claimed(PeriodicJob job) {
        var hold = Duration.ofMillis(Settings.number(job.setting(), job.defaultMillis()) * 9L / 10);
        return Transactions.inOwn(transaction, () -> leases.claim(job.lease(), clock.instant(), hold));
    }
}
