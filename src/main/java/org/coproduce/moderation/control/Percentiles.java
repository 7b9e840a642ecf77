package org.coproduce.moderation.control;

import java.util.Arrays;
import java.util.OptionalLong;

/** Percentiles by the nearest-rank method: the smallest value with at least p percent of the values at or below it. */
public final class Percentiles {

    private Percentiles() {
    }

    /** The p-th percentile (0 < p <= 100) of the values; empty when there are none. */
    public static OptionalLong of(long[] values, double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("p must be in (0, 100]: " + p);
        }
        if (values.length == 0) {
            return OptionalLong.empty();
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return OptionalLong.of(sorted[Math.max(rank, 1) - 1]);
    }
}
