package org.coproduce.barriers.boundary;

import java.time.Instant;
import java.util.List;
import org.coproduce.photos.boundary.PhotoView;

/**
 * A published barrier as everyone sees it: its public point (on the grid), category with its label
 * in the caller's language, status and history, the organisations it was routed to, how many met
 * it too, its photos (each with its description as alt text). {@code exactLatitude/exactLongitude}
 * only for the routed organisations' staff and moderators, while kept.
 */
public record BarrierView(long id, String category, String categoryLabel, String place, String description, String language,
        double latitude, double longitude, Double exactLatitude, Double exactLongitude, String status, int metCount,
        Instant publishedAt, Instant statusAt, List<Organisation> organisations, List<HistoryItem> history, List<PhotoView> photos) {

    public record Organisation(long id, String name) {
    }

    public record HistoryItem(String status, String note, String organisationName, Instant at) {
    }
}
