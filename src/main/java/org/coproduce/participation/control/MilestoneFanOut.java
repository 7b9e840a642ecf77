package org.coproduce.participation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import org.coproduce.background.control.Outbox;
import org.coproduce.background.control.TaskHandler;
import org.coproduce.following.control.Subscriptions;
import org.coproduce.following.entity.Target;
import org.coproduce.participation.entity.Milestone;
import org.coproduce.participation.entity.MilestoneNotice;

/**
 * Tells the followers of a change about a milestone, in the background (outbox task {@value #KIND},
 * queued by {@link Milestones} with the milestone): each confirmed follower without a notice yet gets
 * a {@link MilestoneNotice} and a {@link MilestoneMail} task, at most {@value #BATCH} a run (a further
 * task takes the rest). Runs in the task's transaction and may run again after a crash: the notices
 * already there are skipped, and the unique key (milestone, subscription) refuses a second one, so
 * each follower is e-mailed once a milestone.
 */
@ApplicationScoped
public class MilestoneFanOut implements TaskHandler {

    public static final String KIND = "change-milestone-fan-out";
    static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Outbox outbox;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void handle(long milestoneId) {
        var milestone = em.find(Milestone.class, milestoneId);
        if (milestone == null) {
            return;
        }
        var due = due(milestone);
        due.stream().limit(BATCH).forEach(follower -> {
            var notice = new MilestoneNotice(milestoneId, follower);
            em.persist(notice);
            em.flush();
            outbox.enqueue(MilestoneMail.KIND, notice.id());
        });
        if (due.size() > BATCH) {
            outbox.enqueue(KIND, milestoneId);
        }
    }

    /** The change's confirmed followers who have no notice of this milestone yet, oldest subscription first. */
    private List<Long> due(Milestone milestone) {
        var told = new HashSet<>(em.createQuery("select n.subscriptionId from MilestoneNotice n where n.milestoneId = :m", Long.class)
                .setParameter("m", milestone.id()).getResultList());
        return subscriptions.confirmedFollowersOf(new Target(Target.Kind.CHANGE, String.valueOf(milestone.changeId()))).stream()
                .filter(follower -> !told.contains(follower)).toList();
    }
}
