package org.coproduce.responses.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.coproduce.platform.SqlValues;

/** The published answers of organisations to a story, as the outcomes count them (first answer, changes). */
@ApplicationScoped
public class ProviderAnswers {

    @PersistenceContext
    EntityManager em;

    /** A published provider response: when, and the change it records (PLANNED, MADE or none). */
    public record Answer(Instant publishedAt, String changeKind) {
    }

    /** Oldest first. */
    @SuppressWarnings("unchecked")
    public List<Answer> published(long storyId) {
        List<Object[]> rows = em.createNativeQuery("select published_at, change_kind from response where story_id = ?"
                + " and kind = 'PROVIDER' and status = 'PUBLISHED' order by published_at").setParameter(1, storyId).getResultList();
        return rows.stream().map(r -> new Answer(SqlValues.instant(r[0]), (String) r[1])).toList();
    }
}
