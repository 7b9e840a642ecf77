package org.coproduce.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.coproduce.platform.Settings;

/**
 * A 600,000-iteration password hash costs a core for a good part of a second, so only a few run
 * at once (COPRODUCE_LOGIN_HASHING_PERMITS, default 2 per instance). A login waits for a permit
 * up to COPRODUCE_LOGIN_HASHING_WAIT_MS (default 3000), then gets 503 with Retry-After.
 */
@ApplicationScoped
public class HashingGate {

    static final int PERMITS = Math.max(1, Settings.number("COPRODUCE_LOGIN_HASHING_PERMITS", 2));
    static final long WAIT_MILLIS = Settings.number("COPRODUCE_LOGIN_HASHING_WAIT_MS", 3000);
    static final long RETRY_AFTER_SECONDS = 2;

    private final Semaphore permits;

    public HashingGate() {
        this(PERMITS);
    }

    HashingGate(int permits) {
        this.permits = new Semaphore(permits, true);
    }

    /** Runs the check with a permit, or throws {@link HashingBusy} when none came in time. */
    public boolean check(BooleanSupplier hashing) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HashingBusy(RETRY_AFTER_SECONDS);
        }
        if (!acquired) {
            throw new HashingBusy(RETRY_AFTER_SECONDS);
        }
        try {
            return hashing.getAsBoolean();
        } finally {
            permits.release();
        }
    }
}
