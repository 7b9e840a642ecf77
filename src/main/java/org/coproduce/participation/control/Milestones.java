package org.coproduce.participation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coproduce.accounts.control.Caller;
import org.coproduce.background.control.Outbox;
import org.coproduce.changes.entity.Change;
import org.coproduce.participation.entity.Milestone;
import org.coproduce.participation.entity.MilestoneNotice;
import org.coproduce.participation.entity.Stage;
import org.coproduce.stories.entity.IllegalTransition;

/**
 * Staff post a change's milestones. In the same transaction one outbox task ({@link MilestoneFanOut})
 * is queued, whatever the number of followers: in the background every confirmed follower of the
 * change gets a {@link MilestoneNotice} and an e-mail task ({@link MilestoneMail}), so each is
 * e-mailed once, after a crash or restart too, and a follower who unsubscribes before it is sent gets nothing.
 */
@ApplicationScoped
public class Milestones {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** A stage never goes back (planned → in progress → done); the same stage again adds news to it. */
    public Milestone post(Change writable, Stage stage, LocalDate on, String evidence) {
        var before = of(writable.id());
        if (before.stream().anyMatch(m -> m.stage().compareTo(stage) > 0)) {
            throw new IllegalTransition("A milestone cannot go back to an earlier stage.");
        }
        var milestone = new Milestone(writable.id(), stage, on, evidence, caller.id(), clock.instant());
        em.persist(milestone);
        em.flush();
        outbox.enqueue(MilestoneFanOut.KIND, milestone.id());
        return milestone;
    }

    /** The change's milestones, in the order they happened. */
    public List<Milestone> of(long changeId) {
        return em.createQuery("select m from Milestone m where m.changeId = :c order by m.happenedOn, m.id", Milestone.class)
                .setParameter("c", changeId).getResultList();
    }

    Optional<Milestone> find(long id) {
        return Optional.ofNullable(em.find(Milestone.class, id));
    }

    Optional<MilestoneNotice> notice(long id) {
        return Optional.ofNullable(em.find(MilestoneNotice.class, id));
    }
}
