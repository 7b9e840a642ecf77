package org.coproduce.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.coproduce.platform.Digests;

/**
 * A right password waiting for its second factor: the random value goes into an HttpOnly cookie,
 * only its hash into login_pending. It lasts {@link #LIFETIME} and opens nothing but the second
 * step; it is used up when that step succeeds. Expired ones are deleted whenever one is started.
 */
@ApplicationScoped
public class PendingLogins {

    public static final Duration LIFETIME = Duration.ofMinutes(5);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public String start(long accountId) {
        var now = clock.instant();
        em.createNativeQuery("delete from login_pending where created_at < ?").setParameter(1, Timestamp.from(now.minus(LIFETIME)))
                .executeUpdate();
        String token = Digests.randomToken();
        em.createNativeQuery("insert into login_pending (token_hash, account_id, created_at) values (?, ?, ?)")
                .setParameter(1, Digests.sha256(token)).setParameter(2, accountId).setParameter(3, Timestamp.from(now))
                .executeUpdate();
        return token;
    }

    /** The account waiting under this cookie value, if it has not expired. */
    public Optional<Long> accountOf(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        List<?> found = em.createNativeQuery("select account_id from login_pending where token_hash = ? and created_at >= ?")
                .setParameter(1, Digests.sha256(token)).setParameter(2, Timestamp.from(clock.instant().minus(LIFETIME)))
                .getResultList();
        return found.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    public void end(String token) {
        if (token != null && token.length() <= 100) {
            em.createNativeQuery("delete from login_pending where token_hash = ?").setParameter(1, Digests.sha256(token))
                    .executeUpdate();
        }
    }
}
