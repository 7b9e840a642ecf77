package org.coproduce.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodicJobsTest {

    /** Records what the runner asked of the transaction. */
    static final class Recorded implements UserTransaction {
        final List<String> calls = new ArrayList<>();
        int status = Status.STATUS_NO_TRANSACTION;

        @Override
        public void begin() {
            calls.add("begin");
            status = Status.STATUS_ACTIVE;
        }

        @Override
        public void commit() {
            calls.add("commit");
            status = Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public void rollback() {
            calls.add("rollback");
            status = Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public void setRollbackOnly() {
        }

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public void setTransactionTimeout(int seconds) {
        }
    }

    private final Recorded transaction = new Recorded();
    private final PeriodicJobs jobs = new PeriodicJobs();

    PeriodicJobsTest() {
        jobs.transaction = transaction;
    }

    @Test
    void runsAJobInOneTransaction() {
        jobs.run(PeriodicJob.inTransaction("Test", "COPRODUCE_TEST_MS", 1000, () -> transaction.calls.add("work")));
        assertEquals(List.of("begin", "work", "commit"), transaction.calls);
    }

    @Test
    void rollsBackAndGoesOnWhenAJobFails() {
        jobs.run(PeriodicJob.inTransaction("Test", "COPRODUCE_TEST_MS", 1000, () -> {
            throw new IllegalStateException("boom");
        }));
        assertEquals(List.of("begin", "rollback"), transaction.calls);
    }

    @Test
    void leavesTransactionsToAJobThatOpensItsOwn() {
        jobs.run(PeriodicJob.ownTransactions("Test", "COPRODUCE_TEST_MS", 1000, () -> {
            transaction.calls.add("work");
            throw new IllegalStateException("boom");
        }));
        assertEquals(List.of("work"), transaction.calls);
    }
}
