package org.coproduce.platform;

import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Work in a transaction of its own, for background threads that have none. */
public final class Transactions {

    private static final Logger LOG = Logger.getLogger(Transactions.class.getName());

    private Transactions() {
    }

    /** Commits what work did, or rolls it back and rethrows (checked exceptions wrapped). */
    public static <T> T inOwn(UserTransaction transaction, Supplier<T> work) {
        try {
            transaction.begin();
            T result = work.get();
            transaction.commit();
            return result;
        } catch (RuntimeException e) {
            rollbackQuietly(transaction);
            throw e;
        } catch (Exception e) {
            rollbackQuietly(transaction);
            throw new IllegalStateException(e);
        }
    }

    public static void rollbackQuietly(UserTransaction transaction) {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception e) {
            LOG.log(Level.FINE, "rollback", e);
        }
    }
}
