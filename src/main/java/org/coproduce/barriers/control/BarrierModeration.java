package org.coproduce.barriers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.coproduce.background.control.Outbox;
import org.coproduce.barriers.entity.BarrierReport;
import org.coproduce.barriers.entity.BarrierRoute;
import org.coproduce.moderation.control.ItemAudit;

/**
 * A moderator's decision on a barrier report. Publishing routes it, in the same transaction, to
 * every organisation with a barrier route taking its category and point (the exact point, still
 * kept), and queues the e-mail to their responders ({@link BarrierAlertMail}); a barrier no route
 * takes is published unrouted (nobody sets its status until an organisation takes the area: routes
 * apply to barriers published after them).
 */
@ApplicationScoped
public class BarrierModeration {

    @Inject
    Barriers barriers;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    ItemAudit audit;

    @PersistenceContext
    EntityManager em;

    /** The organisations it was routed to. */
    public Set<Long> publish(BarrierReport barrier, long moderatorId, String place, String description) {
        Instant now = clock.instant();
        boolean reworded = barrier.publish(moderatorId, place, description, now);
        audit.decided("BARRIER", barrier.id(), moderatorId, reworded ? "EDIT_PUBLISH" : "PUBLISH", null);
        var organisations = new TreeSet<Long>();
        em.createQuery("select r from BarrierRoute r order by r.id", BarrierRoute.class).getResultList().stream()
                .filter(r -> r.takes(barrier.category(), barrier.routedBy())).forEach(r -> organisations.add(r.organisationId()));
        organisations.forEach(o -> barriers.route(barrier.id(), o, now));
        if (!organisations.isEmpty()) {
            outbox.enqueue(BarrierAlertMail.KIND, barrier.id());
        }
        return organisations;
    }

    public void reject(BarrierReport barrier, long moderatorId) {
        barrier.reject(moderatorId, clock.instant());
        audit.decided("BARRIER", barrier.id(), moderatorId, "REJECT", null);
    }
}
