package org.coproduce.stories.control;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.coproduce.stories.entity.Relation;

/**
 * Filters of the public story list; serviceIds already expanded from an organisation; published
 * in [from, to) when given.
 */
public record StoryFilter(Optional<Set<Long>> serviceIds, Optional<String> theme, Optional<Relation> relation,
        Optional<String> text, Optional<Instant> from, Optional<Instant> to) {
}
