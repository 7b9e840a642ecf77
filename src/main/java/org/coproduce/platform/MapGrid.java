package org.coproduce.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Locale;
import org.coproduce.problems.InvalidInput;

/**
 * Server-side clustering for a map (docs/api.md, "Map"): the rows of a query that lie in a
 * viewport, counted in square grid cells chosen by the zoom, in SQL ({@code group by} over a
 * derived table, the same on MySQL, MariaDB and H2). Shared by the map of stories
 * ({@code stories.StoryMap}) and of barrier reports ({@code barriers.Barriers}): each passes its
 * own table, conditions and point columns, and lists points itself from {@link #POINTS_FROM_ZOOM} on.
 */
public final class MapGrid {

    /** From this zoom on a map lists points, not clusters: a cell is then about 500 m. */
    public static final int POINTS_FROM_ZOOM = 14;

    /** The most points one answer lists; beyond it {@code capped} says so. */
    public static final int POINTS_MAX = 500;

    /** The closest zoom asked for; Leaflet's tiles go to 19. */
    public static final int MAX_ZOOM = 22;

    /** Cells per tile side: a 256-pixel tile cut in 4 gives cells of 64 pixels, about a marker's width twice. */
    static final int CELLS_PER_TILE = 4;

    private MapGrid() {
    }

    public record Cluster(double latitude, double longitude, long count, double minLatitude, double minLongitude,
            double maxLatitude, double maxLongitude) {
    }

    /** The side of a grid cell in degrees at this zoom (longitude and latitude alike). */
    public static double cellDegrees(int zoom) {
        return 360.0 / Math.pow(2, zoom) / CELLS_PER_TILE;
    }

    /**
     * The clusters of the rows of {@code fromWhere} (a table with its alias and conditions, e.g.
     * {@code "story s where s.status = ?"}, with its positional {@code parameters}), whose point is
     * the columns {@code latitude} and {@code longitude} (e.g. {@code "s.latitude"}).
     */
    @SuppressWarnings("unchecked")
    public static List<Cluster> clusters(EntityManager em, String latitude, String longitude, String fromWhere, List<Object> parameters,
            int zoom) {
        // The cell size is a number computed here, never text from the request: written into the
        // statement so that the select and the group by are the same expressions.
        String size = String.format(Locale.ROOT, "%.12f", cellDegrees(zoom));
        Query query = em.createNativeQuery("select count(*), avg(p.lat), avg(p.lng), min(p.lat), min(p.lng), max(p.lat), max(p.lng)"
                + " from (select floor((" + latitude + " + 90) / " + size + ") cy, floor((" + longitude + " + 180) / " + size + ") cx, "
                + latitude + " lat, " + longitude + " lng from " + fromWhere + ") p group by p.cy, p.cx");
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new Cluster(number(r[1]), number(r[2]), ((Number) r[0]).longValue(),
                number(r[3]), number(r[4]), number(r[5]), number(r[6]))).toList();
    }

    /** The total of the clusters' counts. */
    public static long total(List<Cluster> clusters) {
        return clusters.stream().mapToLong(Cluster::count).sum();
    }

    /** The zoom query parameter: 0 to {@link #MAX_ZOOM}, else 400 naming {@code zoom}. */
    public static int zoom(String zoom) {
        var text = zoom == null ? "" : zoom.strip();
        if (text.isEmpty()) {
            throw new InvalidInput("zoom", "is required: a zoom level from 0 to 22");
        }
        try {
            int level = Integer.parseInt(text);
            if (level >= 0 && level <= MAX_ZOOM) {
                return level;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidInput("zoom", "must be a whole number from 0 to 22");
    }

    public static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
