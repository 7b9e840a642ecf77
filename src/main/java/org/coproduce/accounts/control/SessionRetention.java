package org.coproduce.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coproduce.accounts.entity.LoginSession;
import org.coproduce.platform.Retention;

/**
 * Login sessions are deleted once they have ended (idle for {@link LoginSession#IDLE} or older
 * than {@link LoginSession#LONGEST}); failed-login counters a day after their window began, once
 * no block is running. Security events, when they are kept, get a retention bean of their own.
 */
@ApplicationScoped
public class SessionRetention implements Retention {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<String, Integer> purge(Instant now) {
        var purged = new LinkedHashMap<String, Integer>();
        purged.put("login sessions", em.createNativeQuery("delete from login_session where last_seen < ? or created_at < ?")
                .setParameter(1, Timestamp.from(now.minus(LoginSession.IDLE)))
                .setParameter(2, Timestamp.from(now.minus(LoginSession.LONGEST))).executeUpdate());
        purged.put("login counters", em.createNativeQuery("delete from login_throttle where window_start < ?"
                + " and (blocked_until is null or blocked_until < ?)")
                .setParameter(1, Timestamp.from(now.minus(Duration.ofDays(1)))).setParameter(2, Timestamp.from(now)).executeUpdate());
        return purged;
    }
}
