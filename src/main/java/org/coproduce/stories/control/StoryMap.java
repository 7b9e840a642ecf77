package org.coproduce.stories.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.coproduce.platform.MapGrid;

/**
 * The map of published stories (docs/api.md, "Map"): the stories whose public (coarsened) point
 * lies in a viewport, counted in grid cells chosen by the zoom ({@link MapGrid}), or, from {@link #POINTS_FROM_ZOOM} on, listed
 * one by one up to {@link #POINTS_MAX}. Reads only {@code story.latitude/longitude} of stories
 * whose point has been coarsened ({@code place_grid_metres} set), never the exact point kept for
 * moderators; only what {@link StorySearch#VISIBLE} lets the public read.
 */
@ApplicationScoped
public class StoryMap {

    /** From this zoom on the answer lists points, not clusters: a cell is then about the 500 m of the public grid. */
    public static final int POINTS_FROM_ZOOM = MapGrid.POINTS_FROM_ZOOM;

    /** The most points one answer lists; beyond it {@code capped} says so (newest first). */
    public static final int POINTS_MAX = MapGrid.POINTS_MAX;

    @PersistenceContext
    EntityManager em;

    @Inject
    MapCells cells;

    public record Point(long id, String title, double latitude, double longitude) {
    }

    /**
     * Clusters (far zoom) or points (close zoom), the stories counted in the box, whether points
     * were cut at POINTS_MAX, and whether the counts are of whole cells kept by {@link MapCells}.
     */
    public record View(int zoom, double cellDegrees, long total, List<MapGrid.Cluster> clusters, List<Point> points, boolean capped,
            boolean approximate) {
    }

    /** {@code filter.area()} is the viewport, required. */
    public View view(StoryFilter filter, int zoom) {
        var where = new Sql();
        where.and(StorySearch.VISIBLE);
        where.and("s.latitude is not null and s.longitude is not null and s.place_grid_metres is not null");
        StorySearch.filters(where, filter);
        double cell = MapGrid.cellDegrees(zoom);
        if (zoom >= POINTS_FROM_ZOOM) {
            var points = new Sql().add("select s.id, s.published_title, s.latitude, s.longitude from story s", List.of()).add(where);
            points.text.append(" order by s.published_at desc, s.id desc");
            List<Object[]> rows = points.query(em).setMaxResults(POINTS_MAX + 1).getResultList();
            var shown = rows.subList(0, Math.min(POINTS_MAX, rows.size())).stream()
                    .map(r -> new Point(((Number) r[0]).longValue(), (String) r[1], number(r[2]), number(r[3]))).toList();
            long total = rows.size() > POINTS_MAX ? count(where) : shown.size();
            return new View(zoom, cell, total, List.of(), shown, rows.size() > POINTS_MAX, false);
        }
        if (onlyArea(filter)) {
            var counted = cells.clusters(filter.area().orElseThrow(), zoom);
            if (counted.isPresent()) {
                return new View(zoom, cell, MapGrid.total(counted.get()), counted.get(), List.of(), false, true);
            }
        }
        var found = MapGrid.clusters(em, "s.latitude", "s.longitude", "story s" + where.text, where.parameters, zoom);
        return new View(zoom, cell, MapGrid.total(found), found, List.of(), false, false);
    }

    private static boolean onlyArea(StoryFilter f) {
        return f.serviceIds().isEmpty() && f.theme().isEmpty() && f.relation().isEmpty() && f.text().isEmpty() && f.from().isEmpty()
                && f.to().isEmpty();
    }

    private long count(Sql where) {
        var count = new Sql().add("select count(*) from story s", List.of()).add(where);
        return ((Number) count.query(em).getSingleResult()).longValue();
    }

    private static double number(Object value) {
        return MapGrid.number(value);
    }
}
