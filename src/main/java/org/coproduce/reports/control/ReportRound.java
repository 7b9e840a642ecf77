package org.coproduce.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.coproduce.background.control.Outbox;
import org.coproduce.platform.Periodic;
import org.coproduce.platform.PeriodicJob;
import org.coproduce.reports.entity.ReportSubscription;

/**
 * Every COPRODUCE_REPORTS_POLL_MS (15 minutes), on one instance (lease {@code reports}): each
 * subscription without a delivery for the last closed period of its cadence (the last month, the
 * last ISO week, UTC) gets one, and a {@link ReportMail} task in the same transaction. The pair
 * (subscription, period) is unique in {@code report_delivery}, so a crash, a restart or a second
 * instance never queues a period twice; a new subscription gets the last closed period's report
 * at the next run, then one for each period as it closes (periods missed while nothing ran are
 * not sent afterwards: only the last closed one).
 */
@ApplicationScoped
public class ReportRound implements Periodic {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(ReportRound.class.getName());

    @Inject
    ReportSubscriptions subscriptions;

    @Inject
    Outbox outbox;

    @Inject
    java.time.Clock clock;

    @Override
    public List<PeriodicJob> periodicJobs() {
        return List.of(PeriodicJob.inTransaction("Scheduled reports", "COPRODUCE_REPORTS_POLL_MS", 900_000, this::queueDue)
                .onOneInstance("reports"));
    }

    void queueDue() {
        int queued = queueDue(clock.instant());
        if (queued > 0) {
            LOG.info(() -> "Scheduled reports queued: " + queued);
        }
    }

    /** Queues the reports due at {@code now}; returns how many. */
    int queueDue(Instant now) {
        int queued = 0;
        for (String cadence : List.of(ReportSubscription.MONTHLY, ReportSubscription.WEEKLY)) {
            var period = ReportPeriod.lastClosed(cadence, now);
            for (var subscription : subscriptions.due(cadence, period, BATCH)) {
                outbox.enqueue(ReportMail.KIND, subscriptions.deliver(subscription, period).id());
                queued++;
            }
        }
        return queued;
    }
}
