package org.coproduce.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lease statements, run as they are against an embedded database in MySQL mode. */
class LeasesTest {

    private static final String URL = "jdbc:h2:mem:leases;MODE=MySQL;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1";
    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    private static final Duration HOLD = Duration.ofMinutes(10);

    private Connection a;
    private Connection b;

    @BeforeEach
    void table() throws SQLException {
        a = DriverManager.getConnection(URL);
        b = DriverManager.getConnection(URL);
        try (var s = a.createStatement()) {
            s.execute("drop table if exists job_lease");
            s.execute("create table job_lease (name varchar(64) not null primary key, last_run_at timestamp null,"
                    + " holder varchar(64) null, held_until timestamp null)");
            s.execute("insert into job_lease (name) values ('work')");
        }
    }

    @AfterEach
    void close() throws SQLException {
        a.close();
        b.close();
    }

    private static Leases.Update on(Connection connection) {
        return (sql, parameters) -> {
            try (var statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    @Test
    void oneHolderUntilTheLeaseEnds() {
        assertTrue(Leases.claim(on(a), "work", "one", NOW, HOLD));
        assertFalse(Leases.claim(on(b), "work", "two", NOW.plusSeconds(60), HOLD), "held by one");
        assertFalse(Leases.claim(on(a), "work", "one", NOW.plusSeconds(60), HOLD), "not even the holder claims twice");
        assertTrue(Leases.claim(on(b), "work", "two", NOW.plus(HOLD), HOLD), "ended: anyone may claim");
    }

    @Test
    void releasedByItsHolderOnly() {
        assertTrue(Leases.claim(on(a), "work", "one", NOW, HOLD));
        Leases.release(on(b), "work", "two");
        assertFalse(Leases.claim(on(b), "work", "two", NOW, HOLD), "another instance cannot let go of it");
        Leases.release(on(a), "work", "one");
        assertTrue(Leases.claim(on(b), "work", "two", NOW, HOLD), "let go: claimed at once");
    }

    @Test
    void renewedByItsHolderOnly() {
        assertTrue(Leases.claim(on(a), "work", "one", NOW, HOLD));
        assertFalse(Leases.renew(on(b), "work", "two", NOW, HOLD));
        assertTrue(Leases.renew(on(a), "work", "one", NOW.plus(HOLD).minusSeconds(1), HOLD));
        assertFalse(Leases.claim(on(b), "work", "two", NOW.plus(HOLD), HOLD), "renewed: still held");
    }

    @Test
    void reclaimedAfterARestartBySameInstance() {
        assertTrue(Leases.claim(on(a), "work", "one", NOW, HOLD));
        assertFalse(Leases.reclaim(on(b), "work", "two", NOW, HOLD));
        assertTrue(Leases.reclaim(on(b), "work", "one", NOW, HOLD), "the restarted instance takes back its own");
    }

    @Test
    void anUnknownLeaseIsNeverHeld() {
        assertFalse(Leases.claim(on(a), "nothing", "one", NOW, HOLD));
    }

    @Test
    void ofTwoConcurrentClaimsOneWins() throws Exception {
        a.setAutoCommit(false);
        b.setAutoCommit(false);
        assertTrue(Leases.claim(on(a), "work", "one", NOW, HOLD));
        var second = CompletableFuture.supplyAsync(() -> Leases.claim(on(b), "work", "two", NOW, HOLD));
        Thread.sleep(300);
        assertFalse(second.isDone(), "the second claim waits for the row the first one changed");
        a.commit();
        assertFalse(second.get(10, TimeUnit.SECONDS), "and then finds it held");
        b.commit();
        try (var s = a.createStatement(); var holder = s.executeQuery("select holder from job_lease where name = 'work'")) {
            holder.next();
            assertEquals("one", holder.getString(1));
        }
    }
}
