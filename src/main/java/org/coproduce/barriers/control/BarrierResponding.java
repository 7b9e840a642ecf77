package org.coproduce.barriers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.coproduce.background.control.Outbox;
import org.coproduce.barriers.entity.BarrierReport;
import org.coproduce.barriers.entity.BarrierStatus;
import org.coproduce.barriers.entity.StatusChange;

/**
 * A responder moves a barrier's status forward, with an optional public note: a line of its
 * public history, and an e-mail to the reporter if they left an address ({@link BarrierStatusMail}).
 */
@ApplicationScoped
public class BarrierResponding {

    @Inject
    Barriers barriers;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    public StatusChange set(BarrierReport barrier, BarrierStatus status, String note, long organisationId, long accountId) {
        Instant now = clock.instant();
        barrier.moveTo(status, now);
        var change = new StatusChange(barrier.id(), status, note == null || note.isBlank() ? null : note.strip(), organisationId, accountId, now);
        barriers.add(change);
        if (barrier.email() != null) {
            outbox.enqueue(BarrierStatusMail.KIND, change.id());
        }
        return change;
    }
}
