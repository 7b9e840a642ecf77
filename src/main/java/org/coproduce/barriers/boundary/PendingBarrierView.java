package org.coproduce.barriers.boundary;

import java.time.Instant;

/** A report awaiting moderation, as moderators see it: the exact point, what the screening found, whether an address was left (never the address). */
public record PendingBarrierView(long id, String category, String categoryLabel, String place, String description, String language,
        Double exactLatitude, Double exactLongitude, double latitude, double longitude, String screening, boolean withEmail,
        String state, Instant submittedAt, long version) {
}
