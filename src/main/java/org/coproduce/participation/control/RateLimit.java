package org.coproduce.participation.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** At most {@code limit} actions a client an hour: given the times of its actions in the last hour, oldest first. */
record RateLimit(int limit) {

    void check(List<Instant> lastHour, Instant now) {
        if (lastHour.size() >= limit) {
            Instant freed = lastHour.get(lastHour.size() - limit).plus(Duration.ofHours(1));
            throw new TooManyContributions(Math.max(1, Duration.between(now, freed).toSeconds()));
        }
    }
}
