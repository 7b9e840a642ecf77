package org.coproduce.changes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coproduce.changes.entity.Change;
import org.coproduce.changes.entity.Difference;
import org.coproduce.stories.control.Stories;

/**
 * How many were asked "did it make a difference?" about a change, and how many gave each answer:
 * the storytellers of its linked stories that are public now, and the people who experienced one
 * too. A storyteller's answer goes out of the count with their story (hidden, unpublished,
 * withdrawn), so a public figure never rests on a story the public cannot read; the questions to
 * "me too" people are erased when the story is withdrawn ({@link OthersAsked}).
 */
@ApplicationScoped
public class DifferenceCounts {

    @Inject
    Stories stories;

    @Inject
    OthersAsked others;

    @Inject
    Clock clock;

    /** {@code asked}, then one count for each {@link Difference}, in that order. */
    public Map<String, Long> of(Change change) {
        var now = clock.instant();
        var counts = new LinkedHashMap<String, Long>();
        counts.put("asked", 0L);
        for (var d : Difference.values()) {
            counts.put(d.name(), 0L);
        }
        change.stories().stream().filter(s -> stories.published(s.storyId()).isPresent()).forEach(s -> {
            if (s.askable(now)) {
                counts.merge("asked", 1L, Long::sum);
            }
            if (s.difference() != null) {
                counts.merge(s.difference(), 1L, Long::sum);
            }
        });
        others.counts(change.id()).forEach((answer, n) -> counts.merge(answer, n, Long::sum));
        return counts;
    }
}
