package org.coproduce.routing.boundary;

import java.time.Instant;
import org.coproduce.stories.boundary.PublishedStoryView;

/** A routed story as its organisation's staff read it: as in public, and whether (and until when) it is held for them; {@code version} for the acknowledgement. */
public record RoutedStoryView(PublishedStoryView story, boolean held, Instant heldUntil, long version) {
}
