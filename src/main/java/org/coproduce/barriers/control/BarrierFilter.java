package org.coproduce.barriers.control;

import java.util.Optional;
import org.coproduce.barriers.entity.BarrierStatus;
import org.coproduce.stories.control.StoryFilter;

/** Filters of the public barrier list and map: the public point in a box, a category, a status. */
public record BarrierFilter(Optional<StoryFilter.Area> area, Optional<String> category, Optional<BarrierStatus> status) {
}
