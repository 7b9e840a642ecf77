package org.coproduce.problems;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Looks through wrapped exceptions (EJB, transaction, JPA, pool) for the one that matters. */
final class Causes {

    private Causes() {
    }

    static Throwable root(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    static boolean optimisticLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException
                    || t.getClass().getName().endsWith("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    /** A deadlock or lock wait timeout: nothing is wrong with the request; trying again works. */
    static boolean transientConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1213
                    || sql.getErrorCode() == 1205)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The commit itself failed (a Galera certification conflict, a connection lost as it
     * committed): the transaction manager says so with a {@code SystemException} or
     * {@code RollbackException} that no longer carries the database's error. Not retried here (a
     * lost connection leaves the outcome unknown); the client hears "try again".
     */
    static boolean commitFailed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.transaction.SystemException || t instanceof jakarta.transaction.RollbackException) {
                return true;
            }
        }
        return false;
    }

    static boolean databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state == null || state.startsWith("08") || state.startsWith("HY") || sql.getErrorCode() == 0) {
                    return true;
                }
            }
            String name = t.getClass().getName();
            if (name.endsWith("PoolingException") || name.endsWith("ResourceException")
                    || name.contains("CommunicationsException") || name.endsWith("SQLTimeoutException")) {
                return true;
            }
        }
        return false;
    }
}
