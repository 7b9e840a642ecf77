package org.coproduce.routing.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.coproduce.platform.Settings;

/**
 * Days to respond by criticality 0..5, from COPRODUCE_RESPONSE_DAYS (default 20,20,15,10,5,2):
 * the more critical the story, the sooner an answer is due.
 */
public final class Deadlines {

    private static final int[] DAYS = parse(Settings.get("COPRODUCE_RESPONSE_DAYS", "20,20,15,10,5,2"));

    private Deadlines() {
    }

    public static Instant due(Instant published, Integer criticality) {
        int c = criticality == null ? 0 : Math.max(0, Math.min(5, criticality));
        return published.plus(Duration.ofDays(DAYS[c]));
    }

    static int[] parse(String text) {
        int[] days = Arrays.stream(text.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
        if (days.length != 6) {
            throw new IllegalArgumentException("COPRODUCE_RESPONSE_DAYS needs 6 numbers, for criticality 0 to 5");
        }
        return days;
    }
}
