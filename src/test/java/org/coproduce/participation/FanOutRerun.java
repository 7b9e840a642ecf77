package org.coproduce.participation;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.coproduce.testing.TestDatabase;

/** Looks at a milestone's background fan-out in the database, and runs it once more as the outbox would after a crash. */
final class FanOutRerun {

    static final String KIND = "change-milestone-fan-out";

    private FanOutRerun() {
    }

    /** The fan-out tasks queued for the milestone. */
    static long tasks(long milestoneId) throws SQLException {
        return count("select count(*) from outbox where kind = '" + KIND + "' and subject_id = " + milestoneId);
    }

    /** The notices (one a follower told) of the milestone. */
    static long notices(long milestoneId) throws SQLException {
        return count("select count(*) from milestone_notice where milestone_id = " + milestoneId);
    }

    /** Queues the milestone's fan-out again (a crash after it ran, before its task was marked done) and waits until it has run. */
    static void runAgain(long milestoneId) throws Exception {
        long id;
        try (var db = TestDatabase.connect(); var insert = db.prepareStatement("insert into outbox (kind, subject_id, status, attempts,"
                + " available_at, created_at) values (?, ?, 'PENDING', 0, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
            var now = Timestamp.from(Instant.now());
            insert.setString(1, KIND);
            insert.setLong(2, milestoneId);
            insert.setTimestamp(3, now);
            insert.setTimestamp(4, now);
            insert.executeUpdate();
            var keys = insert.getGeneratedKeys();
            keys.next();
            id = keys.getLong(1);
        }
        for (long until = System.currentTimeMillis() + 30_000; System.currentTimeMillis() < until; Thread.sleep(200)) {
            if (count("select count(*) from outbox where id = " + id + " and status = 'DONE'") == 1) {
                return;
            }
        }
        throw new AssertionError("the fan-out ran again within 30 s");
    }

    private static long count(String sql) throws SQLException {
        try (var db = TestDatabase.connect(); var rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
