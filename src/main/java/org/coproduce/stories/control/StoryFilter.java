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

        /** What a refused box is told (the same for every endpoint taking a {@code bbox}). */
        public static final String REFUSED = "must be four numbers minLng,minLat,maxLng,maxLat within longitudes -180 to 180 and latitudes -90 to 90, each min below its max";

        /**
         * {@code minLng,minLat,maxLng,maxLat} (the GeoJSON order, as Leaflet's {@code toBBoxString()}
         * writes it): four finite numbers within the globe, each min below its max; empty otherwise
         * (a box across the antimeridian too: ask for two).
         */
        public static Optional<Area> parse(String bbox) {
            String[] parts = bbox == null ? new String[0] : bbox.strip().split(",", -1);
            if (parts.length != 4) {
                return Optional.empty();
            }
            double[] v = new double[4];
            try {
                for (int i = 0; i < 4; i++) {
                    v[i] = Double.parseDouble(parts[i].strip());
                }
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            boolean finite = java.util.Arrays.stream(v).allMatch(Double::isFinite);
            boolean valid = finite && v[0] >= -180 && v[2] <= 180 && v[1] >= -90 && v[3] <= 90 && v[0] < v[2] && v[1] < v[3];
            return valid ? Optional.of(new Area(v[1], v[0], v[3], v[2])) : Optional.empty();
        }
    }
}
