package org.coproduce.stories.entity;

import java.util.Optional;
import org.coproduce.providers.entity.GeoPoint;

/**
 * Where a story shows in public, from the point its storyteller gave: at the position of the
 * service it names, when it names one with a position and {@code toService} is on; else at the
 * centre of its {@link PlaceGrid} cell. Never the point as given.
 */
public record PlaceRule(PlaceGrid grid, boolean toService) {

    public GeoPoint shown(GeoPoint told, Optional<GeoPoint> servicePosition) {
        if (told == null) {
            return null;
        }
        return toService && servicePosition.isPresent() ? servicePosition.get() : grid.snap(told);
    }
}
