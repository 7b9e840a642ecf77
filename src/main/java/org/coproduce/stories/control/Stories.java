package org.coproduce.stories.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.coproduce.platform.Digests;
import org.coproduce.platform.Page;
import org.coproduce.platform.Paging;
import org.coproduce.stories.entity.Story;
import org.coproduce.stories.entity.StoryStatus;

/** Finds and stores stories. */
@ApplicationScoped
public class Stories {

    @PersistenceContext
    EntityManager em;

    public void add(Story story) {
        em.persist(story);
        em.flush();
    }

    public Optional<Story> find(long id) {
        return Optional.ofNullable(em.find(Story.class, id));
    }

    /**
     * Puts the analysis's suggestions on a story without changing its version: they only order the
     * queue and help the moderator, so a moderator who opened the story before they arrived may
     * still decide on what they saw (no 409 from the analysis landing in between).
     */
    public void suggest(long storyId, String language, Integer criticality, boolean safeguarding) {
        em.createNativeQuery("update story set language = ?, suggested_criticality = ?, safeguarding = ? where id = ?")
                .setParameter(1, language).setParameter(2, criticality).setParameter(3, safeguarding).setParameter(4, storyId)
                .executeUpdate();
    }

    public Optional<Story> published(long id) {
        return find(id).filter(Story::published);
    }

    public Optional<Story> byFollowToken(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        String hash = Digests.sha256(token);
        var first = em.createQuery("select s from Story s where s.followTokenHash = :h", Story.class)
                .setParameter("h", hash).getResultStream().findFirst();
        if (first.isPresent()) {
            return first;
        }
        var minted = em.createNativeQuery("select story_id from follow_link where token_hash = ?").setParameter(1, hash)
                .getResultList();
        return minted.isEmpty() ? Optional.empty() : find(((Number) minted.getFirst()).longValue());
    }

    public Optional<Story> byIdempotencyKey(String key) {
        return em.createQuery("select s from Story s where s.idempotencyKey = :k", Story.class)
                .setParameter("k", key).getResultStream().findFirst();
    }

    /** Stories from one client since a moment, oldest first: for the hourly limit. */
    public List<Instant> submittedByClientSince(String clientHash, Instant since) {
        return em.createQuery("select s.submittedAt from Story s where s.clientHash = :c and s.submittedAt > :since"
                + " order by s.submittedAt", Instant.class)
                .setParameter("c", clientHash).setParameter("since", since).getResultList();
    }

    /** A published story's place on the map. */
    public record Place(long id, String title, double latitude, double longitude) {
    }

    /** Published stories with and without a place, and the newest {@code limit} places. */
    public record Places(long placed, long unplaced, List<Place> items) {
    }

    public Places publishedPlaces(int limit) {
        String placed = " from Story s where s.status = :published and s.latitude is not null and s.longitude is not null"
                + " and s.placeGridMetres is not null";
        List<Object[]> rows = limit == 0 ? List.of() : em.createQuery("select s.id, s.publishedTitle, s.latitude, s.longitude" + placed
                + " order by s.publishedAt desc, s.id desc", Object[].class)
                .setParameter("published", StoryStatus.PUBLISHED).setMaxResults(limit).getResultList();
        long withPlace = em.createQuery("select count(s)" + placed, Long.class)
                .setParameter("published", StoryStatus.PUBLISHED).getSingleResult();
        long all = em.createQuery("select count(s) from Story s where s.status = :published", Long.class)
                .setParameter("published", StoryStatus.PUBLISHED).getSingleResult();
        var items = rows.stream().map(r -> new Place(((Number) r[0]).longValue(), (String) r[1],
                ((Number) r[2]).doubleValue(), ((Number) r[3]).doubleValue())).toList();
        return new Places(withPlace, all - withPlace, items);
    }

    /** Received stories, most critical first (safeguarding before all), then oldest. */
    public Page<Story> awaitingModeration(Paging paging) {
        var items = em.createQuery("select s from Story s where s.status = :received order by s.safeguarding desc,"
                + " coalesce(s.suggestedCriticality, 0) desc, s.submittedAt, s.id", Story.class)
                .setParameter("received", StoryStatus.RECEIVED)
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        long total = em.createQuery("select count(s) from Story s where s.status = :received", Long.class)
                .setParameter("received", StoryStatus.RECEIVED).getSingleResult();
        return new Page<>(items, total, paging.page(), paging.size());
    }

    /** Locks the story for a decision; the version check then tells who came second. */
    public Optional<Story> forUpdate(long id) {
        return Optional.ofNullable(em.find(Story.class, id, LockModeType.OPTIMISTIC_FORCE_INCREMENT));
    }
}
