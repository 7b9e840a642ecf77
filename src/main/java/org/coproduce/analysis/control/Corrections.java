package org.coproduce.analysis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coproduce.stories.control.StoryWithdrawn;
import org.coproduce.stories.entity.Polarity;
import org.coproduce.stories.entity.ThemeTag;

/**
 * Where the moderator's themes differ from the suggested ones, one row per theme: ADDED (the
 * model missed it), REMOVED (the model was wrong) or CHANGED (other polarity). Training data for
 * the next theme model.
 */
@ApplicationScoped
public class Corrections {

    @PersistenceContext
    EntityManager em;

    @Inject
    StoredAnalyses analyses;

    @Inject
    Clock clock;

    public int record(long storyId, long moderatorId, List<ThemeTag> chosen) {
        var analysis = analyses.of(storyId);
        if (analysis.isEmpty()) {
            return 0;
        }
        Map<String, String> suggested = new HashMap<>();
        analysis.get().getJsonArray("themes").forEach(v -> suggested.put(v.asJsonObject().getString("code"),
                Polarity.GOOD.code().equals(v.asJsonObject().getString("polarity")) ? Polarity.GOOD.name() : Polarity.IMPROVE.name()));
        String model = analysis.get().getString("modelVersion", null);
        int rows = 0;
        for (ThemeTag tag : chosen) {
            String before = suggested.remove(tag.code());
            if (before == null) {
                rows += insert(storyId, tag.code(), "ADDED", null, tag.polarity().name(), model, moderatorId);
            } else if (!before.equals(tag.polarity().name())) {
                rows += insert(storyId, tag.code(), "CHANGED", before, tag.polarity().name(), model, moderatorId);
            }
        }
        for (var left : suggested.entrySet()) {
            rows += insert(storyId, left.getKey(), "REMOVED", left.getValue(), null, model, moderatorId);
        }
        return rows;
    }

    private int insert(long storyId, String code, String action, String suggested, String chosen, String model, long moderator) {
        return em.createNativeQuery("insert into theme_correction (story_id, code, action, suggested, chosen, model_version,"
                + " moderator_id, corrected_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, storyId).setParameter(2, code).setParameter(3, action).setParameter(4, suggested)
                .setParameter(5, chosen).setParameter(6, model).setParameter(7, moderator)
                .setParameter(8, Timestamp.from(clock.instant())).executeUpdate();
    }

    void erase(@Observes StoryWithdrawn withdrawn) {
        em.createNativeQuery("delete from theme_correction where story_id = ?").setParameter(1, withdrawn.storyId()).executeUpdate();
    }
}
