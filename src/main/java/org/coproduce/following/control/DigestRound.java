package org.coproduce.following.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.coproduce.background.control.Outbox;
import org.coproduce.platform.Periodic;
import org.coproduce.platform.PeriodicJob;

/**
 * Every COPRODUCE_DIGEST_POLL_MS (15 minutes), on one instance (lease {@code following-digest}):
 * each confirmed subscription whose digest is due gets a {@link DigestMail} task, and its next
 * digest is due a period later. The task decides what goes in it, so a late run loses nothing.
 */
@ApplicationScoped
public class DigestRound implements Periodic {

    static final int BATCH = 500;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Override
    public List<PeriodicJob> periodicJobs() {
        return List.of(PeriodicJob.inTransaction("Follow digests", "COPRODUCE_DIGEST_POLL_MS", 900_000, this::queueDue)
                .onOneInstance("following-digest"));
    }

    void queueDue() {
        Instant now = clock.instant();
        for (var subscription : subscriptions.due(now, BATCH)) {
            subscription.queued(now);
            outbox.enqueue(DigestMail.KIND, subscription.id());
        }
    }
}
