package org.coproduce.problems;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.Test;

class CausesTest {

    @Test
    void aCommitThatFailedWithoutTheDatabasesErrorIsRecognised() {
        // What Payara threw when a Galera node refused a commit (certification conflict): the
        // SQLException "Deadlock found" is logged, but not in the chain the mapper sees.
        var galera = new TransactionalException("encountered exception during commit", new SystemException());
        assertTrue(Causes.commitFailed(galera));
        assertTrue(Causes.commitFailed(new IllegalStateException(new RollbackException("rolled back"))));
    }

    @Test
    void otherFailuresAreNotTakenForAFailedCommit() {
        assertFalse(Causes.commitFailed(new IllegalStateException("a bug")));
        assertFalse(Causes.commitFailed(new TransactionalException("no", new NullPointerException())));
    }
}
