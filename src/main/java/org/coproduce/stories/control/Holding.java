package org.coproduce.stories.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.coproduce.platform.Periodic;
import org.coproduce.platform.PeriodicJob;
import org.coproduce.stories.entity.Story;

/**
 * Releases held stories: one at a time on request (acknowledgement, moderator), and those whose
 * period is over every {@code COPRODUCE_HOLD_POLL_MS} (60 s). Safe with several instances: the
 * job claims due rows with {@code FOR UPDATE SKIP LOCKED}, so two instances release disjoint
 * stories, and a release checks the status under the row lock (a story is released once).
 */
@ApplicationScoped
public class Holding implements Periodic {

    static final int BATCH = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Stories stories;

    @Inject
    StorytellerMails mails;

    @Inject
    Clock clock;

    @Inject
    Event<StoryReleased> released;

    @Inject
    Event<StoryPublished> published;

    @Override
    public List<PeriodicJob> periodicJobs() {
        return List.of(PeriodicJob.inTransaction("Releasing held stories", "COPRODUCE_HOLD_POLL_MS", 60_000, this::releaseDue));
    }

    void releaseDue() {
        @SuppressWarnings("unchecked")
        List<Object> due = em.createNativeQuery("select id from story where status = 'HELD' and held_until <= ?"
                + " order by held_until limit " + BATCH + " for update skip locked").setParameter(1, Timestamp.from(clock.instant()))
                .getResultList();
        due.forEach(id -> stories.find(((Number) id).longValue()).ifPresent(s -> release(s, null, "PERIOD_OVER")));
    }

    /** Makes it public now: counted, its storyteller told, the trail noting who released it and how. */
    public void release(Story story, Long accountId, String how) {
        story.release();
        released.fire(new StoryReleased(story.id(), accountId, how));
        published.fire(new StoryPublished(story.id()));
        mails.published(story);
    }
}
