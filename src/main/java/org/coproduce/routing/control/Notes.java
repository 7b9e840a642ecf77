package org.coproduce.routing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.coproduce.platform.Retention;
import org.coproduce.platform.Settings;
import org.coproduce.routing.entity.StoryNote;
import org.coproduce.stories.control.StoryWithdrawn;

/**
 * Staff notes on stories: an organisation's own, never another's. They may name people, so they
 * go with the story when it is withdrawn (in its transaction) and after
 * COPRODUCE_RETAIN_NOTE_DAYS (default 365) otherwise.
 */
@ApplicationScoped
public class Notes implements Retention {

    static final Duration KEPT = Duration.ofDays(Settings.number("COPRODUCE_RETAIN_NOTE_DAYS", 365));

    @PersistenceContext
    EntityManager em;

    public List<StoryNote> of(long storyId, long organisationId) {
        return em.createQuery("select n from StoryNote n where n.storyId = :s and n.organisationId = :o order by n.createdAt, n.id",
                StoryNote.class).setParameter("s", storyId).setParameter("o", organisationId).getResultList();
    }

    public StoryNote add(StoryNote note) {
        em.persist(note);
        em.flush();
        return note;
    }

    void erase(@Observes StoryWithdrawn withdrawn) {
        em.createQuery("delete from StoryNote n where n.storyId = :s").setParameter("s", withdrawn.storyId()).executeUpdate();
    }

    @Override
    public Map<String, Integer> purge(Instant now) {
        int purged = em.createNativeQuery("delete from story_note where created_at < ?")
                .setParameter(1, Timestamp.from(now.minus(KEPT))).executeUpdate();
        return Map.of("staff notes", purged);
    }
}
