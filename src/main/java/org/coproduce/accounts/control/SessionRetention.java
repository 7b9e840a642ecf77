package org.coproduce.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.coproduce.accounts.entity.LoginSession;
import org.coproduce.platform.Retention;

/**
 * Login sessions are deleted once they have ended (idle for {@link LoginSession#IDLE} or older
 * than {@link LoginSession#LONGEST}); an ended one is otherwise deleted only when its cookie comes
 * back. Failed-login counters have their own hourly job ({@link LoginThrottle}). Security events,
 * when they are kept, get a retention bean of their own.
 */
@ApplicationScoped
public class SessionRetention implements Retention {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<String, Integer> purge(Instant now) {
        return Map.of("login sessions", em.createNativeQuery("delete from login_session where last_seen < ? or created_at < ?")
                .setParameter(1, Timestamp.from(now.minus(LoginSession.IDLE)))
                .setParameter(2, Timestamp.from(now.minus(LoginSession.LONGEST))).executeUpdate());
    }
}
