package org.coproduce.stories.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;

/**
 * The map of published stories (docs/api.md, "Map"): the stories whose public (coarsened) point
 * lies in a viewport, counted in grid cells chosen by the zoom, in SQL ({@code group by} over a
 * derived table, the same on MySQL, MariaDB and H2), or, from {@link #POINTS_FROM_ZOOM} on, listed
 * one by one up to {@link #POINTS_MAX}. Reads only {@code story.latitude/longitude} of stories
 * whose point has been coarsened ({@code place_grid_metres} set), never the exact point kept for
 * moderators; only what {@link StorySearch#VISIBLE} lets the public read.
 */
@ApplicationScoped
public class StoryMap {

    /** From this zoom on the answer lists points, not clusters: a cell is then about the 500 m of the public grid. */
    public static final int POINTS_FROM_ZOOM = 14;

    /** The most points one answer lists; beyond it {@code capped} says so (newest first). */
    public static final int POINTS_MAX = 500;

    /** Cells per tile side: a 256-pixel tile cut in 4 gives cells of 64 pixels, about a marker's width twice. */
    static final int CELLS_PER_TILE = 4;

    @PersistenceContext
    EntityManager em;

    public record Cluster(double latitude, double longitude, long count, double minLatitude, double minLongitude,
            double maxLatitude, double maxLongitude) {
    }

    public record Point(long id, String title, double latitude, double longitude) {
    }

    /** Clusters (far zoom) or points (close zoom), the stories counted in the box, and whether points were cut at POINTS_MAX. */
    public record View(int zoom, double cellDegrees, long total, List<Cluster> clusters, List<Point> points, boolean capped) {
    }

    /** The side of a grid cell in degrees at this zoom (longitude and latitude alike). */
    static double cellDegrees(int zoom) {
        return 360.0 / Math.pow(2, zoom) / CELLS_PER_TILE;
    }

    /** {@code filter.area()} is the viewport, required. */
    public View view(StoryFilter filter, int zoom) {
        var where = new Sql();
        where.and(StorySearch.VISIBLE);
        where.and("s.latitude is not null and s.longitude is not null and s.place_grid_metres is not null");
        StorySearch.filters(where, filter);
        double cell = cellDegrees(zoom);
        if (zoom >= POINTS_FROM_ZOOM) {
            var points = new Sql().add("select s.id, s.published_title, s.latitude, s.longitude from story s", List.of()).add(where);
            points.text.append(" order by s.published_at desc, s.id desc");
            List<Object[]> rows = points.query(em).setMaxResults(POINTS_MAX + 1).getResultList();
            var shown = rows.subList(0, Math.min(POINTS_MAX, rows.size())).stream()
                    .map(r -> new Point(((Number) r[0]).longValue(), (String) r[1], number(r[2]), number(r[3]))).toList();
            long total = rows.size() > POINTS_MAX ? count(where) : shown.size();
            return new View(zoom, cell, total, List.of(), shown, rows.size() > POINTS_MAX);
        }
        // The cell size is a number computed here, never text from the request: written into the
        // statement so that the select and the group by are the same expressions.
        String size = String.format(Locale.ROOT, "%.12f", cell);
        var clusters = new Sql().add("select count(*), avg(p.lat), avg(p.lng), min(p.lat), min(p.lng), max(p.lat), max(p.lng)"
                + " from (select floor((s.latitude + 90) / " + size + ") cy, floor((s.longitude + 180) / " + size + ") cx,"
                + " s.latitude lat, s.longitude lng from story s", List.of()).add(where);
        clusters.text.append(") p group by p.cy, p.cx");
        List<Object[]> rows = clusters.query(em).getResultList();
        var found = rows.stream().map(r -> new Cluster(number(r[1]), number(r[2]), ((Number) r[0]).longValue(),
                number(r[3]), number(r[4]), number(r[5]), number(r[6]))).toList();
        return new View(zoom, cell, found.stream().mapToLong(Cluster::count).sum(), found, List.of(), false);
    }

    private long count(Sql where) {
        var count = new Sql().add("select count(*) from story s", List.of()).add(where);
        return ((Number) count.query(em).getSingleResult()).longValue();
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
