package org.coproduce.outcomes.control;

import java.util.Map;
import java.util.TreeMap;

/**
 * The median time to respond from a histogram of whole days (60 = 60 or more): exact to the
 * day, without reading a single story. Mean hours come from the summed hours instead.
 */
public final class ResponseTimes {

    private ResponseTimes() {
    }

    /** Median whole days; the mean of the two middle ones for an even count; null when empty. */
    public static Double medianDays(Map<Integer, Long> storiesByDays) {
        long n = storiesByDays.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        return (nth(storiesByDays, (n + 1) / 2) + nth(storiesByDays, n / 2 + 1)) / 2.0;
    }

    private static int nth(Map<Integer, Long> storiesByDays, long k) {
        long seen = 0;
        for (var entry : new TreeMap<>(storiesByDays).entrySet()) {
            seen += entry.getValue();
            if (seen >= k) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("fewer than " + k + " stories");
    }
}
