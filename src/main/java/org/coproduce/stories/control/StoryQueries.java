package org.coproduce.stories.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.coproduce.platform.Ids;
import org.coproduce.platform.Page;
import org.coproduce.platform.Paging;

/**
 * The story tables as other components read them in bulk (outcomes counting and recounting,
 * analysis retraining), by native SQL measured for speed (docs/outcomes.md): only this component
 * names its tables. Where a caller's question joins one of its own tables, it passes that part as
 * a subquery correlated on {@code s.id} (the story), so the statement stays one indexed query.
 */
@ApplicationScoped
public class StoryQueries {

    @PersistenceContext
    EntityManager em;

    /** A story's moderated text, for whoever learns from published stories. */
    public record PublishedText(long id, String body) {
    }

    /** Locks the story's row until the transaction ends: one writer of what depends on it at a time. */
    public void lock(long storyId) {
        em.createNativeQuery("select id from story where id = ? for update").setParameter(1, storyId).getResultList();
    }

    /** The highest story id, 0 without stories. */
    public long lastId() {
        return ((Number) em.createNativeQuery("select coalesce(max(id), 0) from story").getSingleResult()).longValue();
    }

    /**
     * Published stories with an id in (after, upTo], ascending, at most {@code limit}, for which
     * {@code noneOf} (a subquery on the caller's table, correlated on {@code s.id}) finds no row.
     */
    @SuppressWarnings("unchecked")
    public List<Long> publishedWithout(long after, long upTo, String noneOf, int limit) {
        List<Object> rows = em.createNativeQuery("select s.id from story s where s.id > " + after + " and s.id <= " + upTo
                + " and s.status = 'PUBLISHED' and not exists (" + noneOf + ") order by s.id")
                .setMaxResults(limit).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }

    /**
     * Published stories whose storyteller consented to training the theme model, by id, for which
     * {@code anyOf} (a subquery correlated on {@code s.id}) finds a row.
     */
    @SuppressWarnings("unchecked")
    public List<PublishedText> consentedToTrainingWith(String anyOf) {
        List<Object[]> rows = em.createNativeQuery("select s.id, s.published_body from story s where s.status = 'PUBLISHED'"
                + " and s.training_consent = true and exists (" + anyOf + ") order by s.id").getResultList();
        return rows.stream().map(r -> new PublishedText(((Number) r[0]).longValue(), String.valueOf(r[1]))).toList();
    }

    /**
     * One page of published stories, newest first, for which {@code anyOf} (a subquery correlated
     * on {@code s.id}) finds a row and whose title or text contains {@code text} (or whose number
     * it is), when given.
     */
    @SuppressWarnings("unchecked")
    public Page<Long> publishedMatching(String anyOf, Optional<String> text, Paging paging) {
        String where = " from story s where s.status = 'PUBLISHED' and exists (" + anyOf + ")"
                + text.map(t -> " and (lower(s.published_title) like ? or lower(s.published_body) like ? or s.id = ?)").orElse("");
        var query = em.createNativeQuery("select s.id" + where + " order by s.published_at desc, s.id desc");
        var count = em.createNativeQuery("select count(*)" + where);
        text.ifPresent(t -> {
            String like = "%" + t.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
            long number = Ids.parse(t.strip().replaceFirst("^#", "")).orElse(-1L);
            query.setParameter(1, like).setParameter(2, like).setParameter(3, number);
            count.setParameter(1, like).setParameter(2, like).setParameter(3, number);
        });
        List<Object> ids = query.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        return new Page<>(ids.stream().map(r -> ((Number) r).longValue()).toList(), ((Number) count.getSingleResult()).longValue(),
                paging.page(), paging.size());
    }

    /** The codes of the story's themes (either polarity). */
    @SuppressWarnings("unchecked")
    public Set<String> themeCodes(long storyId) {
        return new HashSet<String>(em.createNativeQuery("select code from story_theme where story_id = ?")
                .setParameter(1, storyId).getResultList().stream().map(Object::toString).toList());
    }
}
