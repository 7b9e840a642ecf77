package org.coproduce.barriers;

import java.sql.Connection;

/** For the journeys that hold a row while requests queue on it. */
final class LockWaits {

    private LockWaits() {
    }

    /** Waits until this database has that many transactions waiting for a lock (other helpers' databases share the server). */
    static void await(Connection db, int count) throws Exception {
        for (int i = 0; i < 300; i++) {
            try (var rows = db.createStatement().executeQuery("select count(*) from information_schema.innodb_trx t"
                    + " join information_schema.processlist p on p.id = t.trx_mysql_thread_id where t.trx_state = 'LOCK WAIT' and p.db = database()")) {
                rows.next();
                if (rows.getInt(1) >= count) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the requests never waited for the row");
    }
}
