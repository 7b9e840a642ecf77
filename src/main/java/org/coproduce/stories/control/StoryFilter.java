package org.coproduce.stories.control;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.coproduce.stories.entity.Relation;

/**
 * Filters of the public story list; serviceIds already expanded from an organisation; published
 * in [from, to) when given; {@code area}: the story's public (coarsened) point lies in the box.
 */
public record StoryFilter(Optional<Set<Long>> serviceIds, Optional<String> theme, Optional<Relation> relation,
        Optional<String> text, Optional<Instant> from, Optional<Instant> to, Optional<Area> area) {

    public StoryFilter(Optional<Set<Long>> serviceIds, Optional<String> theme, Optional<Relation> relation,
            Optional<String> text, Optional<Instant> from, Optional<Instant> to) {
        this(serviceIds, theme, relation, text, from, to, Optional.empty());
    }

    /** A box of public points, edges included. */
    public record Area(double minLatitude, double minLongitude, double maxLatitude, double maxLongitude) {
    }
}
