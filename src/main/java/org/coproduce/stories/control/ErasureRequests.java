package org.coproduce.stories.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coproduce.background.control.Outbox;
import org.coproduce.platform.Digests;
import org.coproduce.platform.Periodic;
import org.coproduce.platform.PeriodicJob;
import org.coproduce.platform.Secrets;
import org.coproduce.stories.entity.ErasureRequest;
import org.coproduce.stories.entity.Story;
import org.coproduce.stories.entity.StoryStatus;

/**
 * Erasure without the follow link: whoever gives an address is told the same (no one learns
 * whether stories were told with it); only the address itself is e-mailed a one-time link
 * ({@link ErasureLinkMail}), at most {@value #HOURLY_LIMIT} times an hour. Requests are deleted
 * after {@link #KEPT}.
 */
@ApplicationScoped
public class ErasureRequests implements Periodic {

    static final int HOURLY_LIMIT = 3;
    static final Duration KEPT = Duration.ofDays(7);

    @PersistenceContext
    EntityManager em;

    @Inject
    Secrets secrets;

    @Inject
    Outbox outbox;

    @Inject
    StoryErasure erasure;

    @Inject
    Clock clock;

    /** Runs in the caller's transaction. */
    public void ask(String email, String language) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        String hash = secrets.keyedHash("erasure", address);
        Instant now = clock.instant();
        long recent = em.createQuery("select count(r) from ErasureRequest r where r.addressHash = :h and r.createdAt > :since",
                Long.class).setParameter("h", hash).setParameter("since", now.minus(Duration.ofHours(1))).getSingleResult();
        if (recent >= HOURLY_LIMIT) {
            return;
        }
        List<Long> stories = em.createQuery("select s.id from Story s where lower(s.email) = :a and s.status <> :withdrawn"
                + " order by s.id", Long.class).setParameter("a", address).setParameter("withdrawn", StoryStatus.WITHDRAWN)
                .setMaxResults(100).getResultList();
        var request = new ErasureRequest(hash, stories, "de".equals(language) ? "de" : "en", now);
        em.persist(request);
        if (!stories.isEmpty()) {
            em.flush();
            outbox.enqueue(ErasureLinkMail.KIND, request.id());
        }
    }

    /** A fresh link for the request's e-mail; only its hash is kept. */
    public String link(ErasureRequest request) {
        String token = Digests.randomToken();
        request.linkedBy(Digests.sha256(token));
        return token;
    }

    public Optional<ErasureRequest> find(long id) {
        return Optional.ofNullable(em.find(ErasureRequest.class, id));
    }

    /** The open request of this link, if any. */
    public Optional<ErasureRequest> byToken(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("select r from ErasureRequest r where r.tokenHash = :h", ErasureRequest.class)
                .setParameter("h", Digests.sha256(token)).getResultStream().findFirst().filter(r -> r.open(clock.instant()));
    }

    /** The request's stories that are still there to erase (not withdrawn since). */
    public List<Story> stories(ErasureRequest request) {
        return request.storyIds().stream().map(id -> em.find(Story.class, id))
                .filter(s -> s != null && s.status() != StoryStatus.WITHDRAWN && s.email() != null).toList();
    }

    /** Erases the chosen stories of the request (all when none are chosen) and spends the link; returns how many. */
    public int confirm(ErasureRequest request, List<Long> chosen) {
        request.use(clock.instant());
        var erased = stories(request).stream().filter(s -> chosen == null || chosen.isEmpty() || chosen.contains(s.id())).toList();
        erased.forEach(erasure::withdraw);
        return erased.size();
    }

    @Override
    public List<PeriodicJob> periodicJobs() {
        return List.of(PeriodicJob.inTransaction("Erasure requests clean-up", "COPRODUCE_ERASURE_REQUESTS_MS", 3_600_000, this::purge));
    }

    /** Requests older than {@link #KEPT} go, with the outbox's record of their e-mails. */
    void purge() {
        var old = em.createQuery("select r.id from ErasureRequest r where r.createdAt < :before", Long.class)
                .setParameter("before", clock.instant().minus(KEPT)).setMaxResults(1000).getResultList();
        outbox.forget(ErasureLinkMail.KIND, old);
        old.forEach(id -> em.createQuery("delete from ErasureRequest r where r.id = :id").setParameter("id", id).executeUpdate());
    }
}
