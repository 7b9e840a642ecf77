package org.coproduce.stories.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.coproduce.background.control.Outbox;
import org.coproduce.platform.Digests;
import org.coproduce.platform.ErasableByAddress;
import org.coproduce.platform.ErasableByAddress.Erasable;
import org.coproduce.platform.Periodic;
import org.coproduce.platform.PeriodicJob;
import org.coproduce.platform.Secrets;
import org.coproduce.stories.entity.ErasureRequest;

/**
 * Erasure without the private link: whoever gives an address is told the same (no one learns
 * whether anything was sent with it); only the address itself is e-mailed a one-time link
 * ({@link ErasureLinkMail}), at most {@value #HOURLY_LIMIT} times an hour. What is erased is asked
 * of every component through {@link ErasableByAddress} (this one's stories, {@link StoriesByAddress};
 * barrier reports, ...), so this component depends on none of them. Requests are deleted after
 * {@link #KEPT}.
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
    Instance<ErasableByAddress> components;

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
        var found = new LinkedHashMap<String, List<Long>>();
        components.forEach(c -> found.put(c.kind(), c.sentWith(address)));
        var request = new ErasureRequest(hash, found, "de".equals(language) ? "de" : "en", now);
        em.persist(request);
        if (!request.found().isEmpty()) {
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

    /** What of the request is still there to erase, by kind (stories first); kinds with nothing left are left out. */
    public Map<String, List<Erasable>> listed(ErasureRequest request) {
        var listed = new LinkedHashMap<String, List<Erasable>>();
        request.found().forEach((kind, ids) -> component(kind).map(c -> c.listed(ids)).filter(l -> !l.isEmpty())
                .ifPresent(l -> listed.put(kind, l)));
        return listed;
    }

    /** The address the request's things were sent with (as given then), while any is there. */
    public Optional<String> address(ErasureRequest request) {
        return request.found().entrySet().stream().map(e -> component(e.getKey()).flatMap(c -> c.address(e.getValue())))
                .flatMap(Optional::stream).findFirst();
    }

    /**
     * Erases what was chosen of the request, by kind (everything when nothing at all is chosen),
     * and spends the link; returns how many were erased.
     */
    public int confirm(ErasureRequest request, Map<String, List<Long>> chosen) {
        request.use(clock.instant());
        boolean all = chosen.values().stream().allMatch(List::isEmpty);
        int erased = 0;
        for (var found : request.found().entrySet()) {
            var ids = all ? found.getValue()
                    : found.getValue().stream().filter(chosen.getOrDefault(found.getKey(), List.of())::contains).toList();
            erased += ids.isEmpty() ? 0 : component(found.getKey()).map(c -> c.erase(ids)).orElse(0);
        }
        return erased;
    }

    private Optional<ErasableByAddress> component(String kind) {
        return components.stream().filter(c -> c.kind().equals(kind)).findFirst();
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
