package org.coproduce.barriers.boundary;

import java.time.Instant;
import java.util.List;
import org.coproduce.photos.boundary.PhotoView;

/**
 * A report awaiting moderation, as moderators see it: the exact point, what the screening found,
 * whether an address was left (never the address), its photos (to remove one: the photos
 * component's removal); {@code version} to send with the decision.
 */
public record PendingBarrierView(long id, String category, String categoryLabel, String place, String description, String language,
        Double exactLatitude, Double exactLongitude, double latitude, double longitude, String screening, boolean withEmail,
        String state, Instant submittedAt, long version, List<PhotoView> photos) {
}
