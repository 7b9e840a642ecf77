package org.coproduce.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.coproduce.accounts.entity.LoginSession;
import org.coproduce.platform.Digests;

/** Starts, finds and ends logins. The cookie value is 256 random bits; only its hash is stored. */
@ApplicationScoped
public class LoginSessions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Returns the cookie value for the new login and its CSRF token. */
    public Started start(long accountId) {
        return start(accountId, false);
    }

    /** {@code enrolOnly}: a login that may do nothing but set up the second factor its role needs. */
    public Started start(long accountId, boolean enrolOnly) {
        String token = randomToken();
        String csrf = randomToken();
        em.persist(new LoginSession(hash(token), accountId, csrf, clock.instant(), enrolOnly));
        return new Started(token, csrf);
    }

    /** The second factor is set up: the account's logins may do everything its role may. */
    public void enrolled(long accountId) {
        em.createQuery("update LoginSession s set s.enrolOnly = false where s.accountId = :a and s.enrolOnly = true")
                .setParameter("a", accountId).executeUpdate();
    }

    @Transactional
    public Optional<LoginSession> find(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        var session = em.find(LoginSession.class, hash(token));
        if (session == null) {
            return Optional.empty();
        }
        var now = clock.instant();
        if (!session.activeAt(now)) {
            em.remove(session);
            return Optional.empty();
        }
        session.usedAt(now);
        return Optional.of(session);
    }

    public void end(String token) {
        if (token != null && token.length() <= 100) {
            em.createQuery("delete from LoginSession s where s.tokenHash = :h").setParameter("h", hash(token)).executeUpdate();
        }
    }

    /** Ends every login of the account (disabled, or changed by an admin): its next request is 401. */
    public int endAllOf(long accountId) {
        return em.createQuery("delete from LoginSession s where s.accountId = :a").setParameter("a", accountId).executeUpdate();
    }

    /** Ends the account's other logins, keeping the one of this cookie value (its own password change). */
    public int endOthersOf(long accountId, String keptToken) {
        if (keptToken == null || keptToken.length() > 100) {
            return endAllOf(accountId);
        }
        return em.createQuery("delete from LoginSession s where s.accountId = :a and s.tokenHash <> :kept")
                .setParameter("a", accountId).setParameter("kept", hash(keptToken)).executeUpdate();
    }

    public record Started(String token, String csrfToken) {
    }

    static String randomToken() {
        return Digests.randomToken();
    }

    static String hash(String token) {
        return Digests.sha256(token);
    }
}
