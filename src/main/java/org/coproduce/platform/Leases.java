package org.coproduce.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Work that one instance at a time does for all, held with a {@code job_lease} row: an instance
 * claims it with one UPDATE that moves {@code held_until} forward only if it has passed, so of two
 * instances claiming
 * at once the database lets exactly one through (the other's UPDATE waits for the row lock, then
 * finds the lease held and changes nothing). No check-then-insert, no {@code SKIP LOCKED}; works
 * alike on MySQL, MariaDB, Galera (a certification conflict fails the loser's commit) and H2.
 * Every call must run inside the caller's transaction; the claim holds once that commits.
 */
@ApplicationScoped
public class Leases {

    /**
     * Who holds a lease: COPRODUCE_INSTANCE, else host name and HTTP port, the same again after a
     * restart, so that a restarted instance may take back what it held when it died.
     */
    public static final String INSTANCE = instance();

    /** A statement with positional parameters, run in the current transaction; returns rows changed. */
    @FunctionalInterface
    public interface Update {
        int run(String sql, Object... parameters);
    }

    @PersistenceContext
    EntityManager em;

    /** Claims the lease until {@code now + hold}; true if this instance holds it now. */
    public boolean claim(String name, Instant now, Duration hold) {
        return claim(this::update, name, INSTANCE, now, hold);
    }

    /**
     * At start only: claims the lease also if this instance held it before it stopped (same
     * {@link #INSTANCE}), since whatever it held it for died with the old process.
     */
    public boolean reclaim(String name, Instant now, Duration hold) {
        return reclaim(this::update, name, INSTANCE, now, hold);
    }

    /** Holds a lease this instance holds for longer (a long run); false if it no longer holds it. */
    public boolean renew(String name, Instant now, Duration hold) {
        return renew(this::update, name, INSTANCE, now, hold);
    }

    /** Lets go of a lease this instance holds, so that the next claim (anyone's) succeeds at once. */
    public void release(String name) {
        release(this::update, name, INSTANCE);
    }

    static boolean claim(Update update, String name, String holder, Instant now, Duration hold) {
        return update.run("update job_lease set holder = ?, held_until = ? where name = ?"
                + " and (held_until is null or held_until <= ?)",
                holder, Timestamp.from(now.plus(hold)), name, Timestamp.from(now)) == 1;
    }

    static boolean reclaim(Update update, String name, String holder, Instant now, Duration hold) {
        return update.run("update job_lease set holder = ?, held_until = ? where name = ?"
                + " and (held_until is null or held_until <= ? or holder = ?)",
                holder, Timestamp.from(now.plus(hold)), name, Timestamp.from(now), holder) == 1;
    }

    /** Only the holder renews; a restarted instance claims instead (its old runs are gone). */
    static boolean renew(Update update, String name, String holder, Instant now, Duration hold) {
        return update.run("update job_lease set held_until = ? where name = ? and holder = ?",
                Timestamp.from(now.plus(hold)), name, holder) == 1;
    }

    static void release(Update update, String name, String holder) {
        update.run("update job_lease set holder = null, held_until = null where name = ? and holder = ?", name, holder);
    }

    private int update(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }

    private static String instance() {
        String configured = Settings.get("COPRODUCE_INSTANCE", "");
        if (!configured.isBlank()) {
            return configured.substring(0, Math.min(64, configured.length()));
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "localhost";
        }
        String id = host + ":" + Settings.get("COPRODUCE_PORT", "8080");
        return id.substring(Math.max(0, id.length() - 64));
    }
}
