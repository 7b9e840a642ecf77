package org.coproduce.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConflictRetryTest {

    static final Exception DEADLOCK = new IllegalStateException("commit failed",
            new SQLException("Deadlock found when trying to get lock", "40001", 1213));
    static final Exception LOCK_WAIT = new IllegalStateException(new SQLException("Lock wait timeout exceeded", "HY000", 1205));

    @Test
    void aDeadlockVictimRunsAgainAndTheCallerSeesOnlyTheAnswer() throws Exception {
        var call = new Call(DEADLOCK, LOCK_WAIT, "published");
        assertEquals("published", retry(null).retry(call.context()));
        assertEquals(3, call.runs);
    }

    @Test
    void afterThreeLostAttemptsTheConflictReachesTheCaller() {
        var call = new Call(DEADLOCK, DEADLOCK, DEADLOCK, "never");
        assertSame(DEADLOCK, assertThrows(Exception.class, () -> retry(null).retry(call.context())));
        assertEquals(ConflictRetry.ATTEMPTS, call.runs);
    }

    @Test
    void otherFailuresAreNotRetried() {
        var duplicate = new IllegalStateException(new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062));
        var call = new Call(duplicate, "never");
        assertSame(duplicate, assertThrows(Exception.class, () -> retry(null).retry(call.context())));
        assertEquals(1, call.runs);
    }

    @Test
    void aCallInsideSomeoneElsesTransactionIsLeftToThem() {
        var call = new Call(DEADLOCK, "never");
        assertSame(DEADLOCK, assertThrows(Exception.class, () -> retry("their transaction").retry(call.context())));
        assertEquals(1, call.runs);
    }

    static final Exception STALE = new IllegalStateException("commit failed", new jakarta.persistence.OptimisticLockException("stale"));

    @Test
    void aStaleRowIsReadAgainWhereTheCallerSentNoVersion() throws Exception {
        var call = new Call(STALE, "answered");
        assertEquals("answered", retry(null).retry(call.context("withoutVersion")));
        assertEquals(2, call.runs);
    }

    @Test
    void aStaleRowIsTheCallersConflictElsewhere() {
        var call = new Call(STALE, "never");
        assertSame(STALE, assertThrows(Exception.class, () -> retry(null).retry(call.context())));
        assertEquals(1, call.runs);
    }

    static ConflictRetry retry(Object transactionKey) {
        var retry = new ConflictRetry();
        retry.transactions = (TransactionSynchronizationRegistry) Proxy.newProxyInstance(ConflictRetryTest.class.getClassLoader(),
                new Class<?>[] {TransactionSynchronizationRegistry.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getTransactionKey")) {
                        return transactionKey;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return retry;
    }

    /** An intercepted call that throws or returns these outcomes in turn. */
    static final class Call {
        final Deque<Object> outcomes;
        int runs;

        Call(Object... outcomes) {
            this.outcomes = new ArrayDeque<>(List.of(outcomes));
        }

        @RetriedWhenStale
        void withoutVersion() {
        }

        InvocationContext context() throws NoSuchMethodException {
            return context("context");
        }

        InvocationContext context(String name) throws NoSuchMethodException {
            var method = Call.class.getDeclaredMethod(name);
            return (InvocationContext) Proxy.newProxyInstance(ConflictRetryTest.class.getClassLoader(),
                    new Class<?>[] {InvocationContext.class}, (proxy, m, args) -> switch (m.getName()) {
                        case "proceed" -> {
                            runs++;
                            Object next = outcomes.removeFirst();
                            if (next instanceof Exception e) {
                                throw e;
                            }
                            yield next;
                        }
                        case "getMethod" -> method;
                        default -> throw new UnsupportedOperationException(m.getName());
                    });
        }
    }
}
