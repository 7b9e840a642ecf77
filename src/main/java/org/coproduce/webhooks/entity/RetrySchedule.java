package org.coproduce.webhooks.entity;

import java.time.Duration;

/**
 * Exponential back-off: after the n-th failed attempt wait first·2^(n-1), at most {@code longest};
 * after {@code attempts} attempts, no more.
 */
public record RetrySchedule(int attempts, Duration first, Duration longest) {

    /** The wait after this many failed attempts, or null when they are all spent. */
    public Duration after(int failedAttempts) {
        if (failedAttempts >= attempts) {
            return null;
        }
        var wait = first.multipliedBy(1L << Math.min(failedAttempts - 1, 30));
        return wait.compareTo(longest) > 0 ? longest : wait;
    }
}
