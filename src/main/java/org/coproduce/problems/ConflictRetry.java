package org.coproduce.problems;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * InnoDB resolves a deadlock by rolling one transaction back, and expects the application to
 * run it again (MySQL manual, "How to Minimize and Handle Deadlocks"). A moderator publishing a
 * story while its background analysis is being stored is such a case. This interceptor sits
 * outside the {@code @Transactional} one (lower priority number), so each attempt has a
 * transaction of its own. A call made inside a transaction that is already running is not
 * retried here: that transaction is lost, and its owner decides. After
 * {@value #ATTEMPTS} attempts the caller hears 503 "busy" from {@link UnexpectedErrors}.
 */
@Interceptor
@RetriedOnConflict
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ConflictRetry {

    static final int ATTEMPTS = 3;
    private static final Logger LOG = Logger.getLogger(ConflictRetry.class.getName());

    @Resource
    TransactionSynchronizationRegistry transactions;

    private static boolean staleRetried(InvocationContext call) {
        return call.getMethod().isAnnotationPresent(RetriedWhenStale.class)
                || call.getMethod().getDeclaringClass().isAnnotationPresent(RetriedWhenStale.class);
    }

    @AroundInvoke
    Object retry(InvocationContext call) throws Exception {
        if (transactions.getTransactionKey() != null) {
            return call.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return call.proceed();
            } catch (Exception e) {
                if (attempt == ATTEMPTS || !(Causes.transientConflict(e) || staleRetried(call) && Causes.optimisticLock(e))) {
                    throw e;
                }
                int next = attempt + 1;
                LOG.fine(() -> "Deadlock or lock wait timeout in " + call.getMethod().getName() + "; attempt " + next);
                Thread.sleep(20L * attempt + ThreadLocalRandom.current().nextLong(30));
            }
        }
    }
}
