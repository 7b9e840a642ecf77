package org.coproduce.accounts.control;

import java.time.Duration;

/**
 * Exponential back-off after failed logins: the first {@code free} attempts in a window pass at
 * once; after attempt {@code free + k} the next waits {@code base · 2^(k-1)}, never more than
 * {@code max}. With free 5, base 1 s and max 15 min: attempts 1–5 pass, then waits of 1, 2, 4,
 * 8 … 512 s and 900 s from then on.
 */
public record Backoff(int free, Duration base, Duration max) {

    public Backoff {
        if (free < 0 || base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("free >= 0, 0 < base <= max");
        }
    }

    /** How long the next attempt must wait after {@code attempts} counted in the window. */
    public Duration after(int attempts) {
        if (attempts <= free) {
            return Duration.ZERO;
        }
        int doublings = attempts - free - 1;
        if (doublings >= 62) {
            return max;
        }
        long factor = 1L << doublings;
        long millis = base.toMillis();
        if (millis > max.toMillis() / factor) {
            return max;
        }
        return Duration.ofMillis(millis * factor);
    }

    /** Whole seconds for a Retry-After header: rounded up, at least 1. */
    public static long retryAfterSeconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
