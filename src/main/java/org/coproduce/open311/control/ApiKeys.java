package org.coproduce.open311.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.coproduce.open311.entity.ApiKey;
import org.coproduce.platform.Digests;

/**
 * Issues, lists, revokes and checks the Open311 API keys. A key is {@code o311_} and 256 random bits, shown once
 * when issued; only its SHA-256 is stored, so a key is checked by looking its hash up.
 */
@ApplicationScoped
public class ApiKeys {

    static final String PREFIX = "o311_";
    static final int SHOWN = PREFIX.length() + 4;
    /** How stale "last used" may be: a busy app does not write its key's row on every request. */
    static final Duration USE_GRANULARITY = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** A new key: the stored key and, once only, the key itself. */
    public Issued issue(String name, Long createdBy) {
        String key = PREFIX + Digests.randomToken();
        var stored = new ApiKey(name, Digests.sha256(key), key.substring(0, SHOWN), createdBy, clock.instant());
        em.persist(stored);
        em.flush();
        return new Issued(stored, key);
    }

    public List<ApiKey> all() {
        return em.createQuery("select k from ApiKey k order by k.id", ApiKey.class).getResultList();
    }

    public Optional<ApiKey> find(long id) {
        return Optional.ofNullable(em.find(ApiKey.class, id));
    }

    public void revoke(ApiKey key) {
        key.revoke(clock.instant());
    }

    /** The key that is not revoked, noted as used now; empty for a missing, unknown or revoked key. */
    public Optional<ApiKey> valid(String key) {
        if (key == null || key.isBlank() || key.length() > 200) {
            return Optional.empty();
        }
        var found = em.createQuery("select k from ApiKey k where k.keyHash = :hash", ApiKey.class)
                .setParameter("hash", Digests.sha256(key.strip())).getResultStream().findFirst().filter(k -> !k.revoked());
        var now = clock.instant();
        found.filter(k -> k.lastUsedAt() == null || k.lastUsedAt().isBefore(now.minus(USE_GRANULARITY))).ifPresent(k -> k.usedAt(now));
        return found;
    }

    public record Issued(ApiKey stored, String key) {
    }
}
