package org.coproduce.analysis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.coproduce.stories.control.StoryWithdrawn;

/**
 * The analysis of each story, kept as the JSON moderators are shown (table story_analysis). It
 * holds the personal data found in the story, so withdrawal deletes it with the story's text.
 */
@ApplicationScoped
public class StoredAnalyses {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public Optional<JsonObject> of(long storyId) {
        var rows = em.createNativeQuery("select analysis from story_analysis where story_id = ?")
                .setParameter(1, storyId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        try (var reader = Json.createReader(new StringReader(rows.getFirst().toString()))) {
            return Optional.of(reader.readObject());
        }
    }

    public void save(long storyId, String modelVersion, String json) {
        em.createNativeQuery("delete from story_analysis where story_id = ?").setParameter(1, storyId).executeUpdate();
        em.createNativeQuery("insert into story_analysis (story_id, model_version, analysis, analysed_at) values (?, ?, ?, ?)")
                .setParameter(1, storyId).setParameter(2, modelVersion).setParameter(3, json)
                .setParameter(4, Timestamp.from(clock.instant())).executeUpdate();
    }

    void erase(@Observes StoryWithdrawn withdrawn) {
        em.createNativeQuery("delete from story_analysis where story_id = ?").setParameter(1, withdrawn.storyId()).executeUpdate();
    }
}
