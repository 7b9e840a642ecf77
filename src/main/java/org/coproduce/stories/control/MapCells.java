package org.coproduce.stories.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.coproduce.platform.MapGrid;
import org.coproduce.platform.Periodic;
import org.coproduce.platform.PeriodicJob;
import org.coproduce.platform.Settings;

/**
 * The map at far zoom (docs/api.md, "Map"): the published stories with a public point counted per
 * cell of the zoom-{@value #LEVEL} grid in {@code story_map_cell}, refilled by one instance every
 * COPRODUCE_MAP_CELLS_MS (5 minutes). A viewport at zoom below {@value #LEVEL} whose cells hold at
 * least COPRODUCE_MAP_CELLS_FROM stories (10,000) is answered by adding up those cells into the
 * zoom's coarser grid (the grids nest: a cell of zoom z is 2^(10-z) cells of zoom 10 a side), so
 * the answer reads a few thousand rows, not every story. Such an answer counts whole cells that
 * touch the viewport and may be up to one refill old: it says {@code approximate}. Smaller views,
 * and any view with a filter, are counted exactly from the stories. The stories of all cells are
 * added up once a refill (by the instance refilling, or on first need once a refill period by the
 * others): while they are fewer than COPRODUCE_MAP_CELLS_FROM no view can reach it, and a small
 * installation's map reads the stories alone, one query.
 */
@ApplicationScoped
public class MapCells implements Periodic {

    public static final int LEVEL = 10;

    static final int FROM = Settings.number("COPRODUCE_MAP_CELLS_FROM", 10_000);

    static final String TOTAL = "select coalesce(sum(c.stories), 0) from story_map_cell c";

    private static final long REFILL_NANOS = TimeUnit.MILLISECONDS.toNanos(Settings.number("COPRODUCE_MAP_CELLS_MS", 300_000));

    @PersistenceContext
    EntityManager em;

    /** The stories in all cells, and when this instance added them up (System.nanoTime). */
    private record Total(long stories, long at) {
    }

    private volatile Total total;

    @Override
    public List<PeriodicJob> periodicJobs() {
        return List.of(PeriodicJob.inTransaction("Map cells", "COPRODUCE_MAP_CELLS_MS", 300_000, this::refill)
                .onOneInstance("story-map-cells"));
    }

    void refill() {
        em.createNativeQuery("delete from story_map_cell").executeUpdate();
        em.createNativeQuery(refill("story")).executeUpdate();
        total = addedUp();
    }

    /** The stories in all cells, added up again when older than a refill period (another instance may refill). */
    long stories() {
        var known = total;
        if (known == null || System.nanoTime() - known.at() > REFILL_NANOS) {
            known = addedUp();
            total = known;
        }
        return known.stories();
    }

    private Total addedUp() {
        return new Total(((Number) em.createNativeQuery(TOTAL).getSingleResult()).longValue(), System.nanoTime());
    }

    /** The clusters of the view from the cells, if the zoom is far and the view holds enough stories. */
    @SuppressWarnings("unchecked")
    public Optional<List<MapGrid.Cluster>> clusters(StoryFilter.Area box, int zoom) {
        if (zoom >= LEVEL || stories() < FROM) {
            return Optional.empty();
        }
        var query = em.createNativeQuery(clusters(zoom));
        List<Object> bounds = bounds(box);
        for (int i = 0; i < bounds.size(); i++) {
            query.setParameter(i + 1, bounds.get(i));
        }
        var found = ((List<Object[]>) query.getResultList()).stream().map(MapCells::cluster).toList();
        return MapGrid.total(found) >= FROM ? Optional.of(found) : Optional.empty();
    }

    /** The statement that fills {@code story_map_cell} from {@code table} (shaped like story; also MapQueryBenchmark's). */
    public static String refill(String table) {
        String size = size();
        String cy = "floor((s.latitude + 90) / " + size + ")";
        String cx = "floor((s.longitude + 180) / " + size + ")";
        return "insert into story_map_cell (cy, cx, stories, latitude_sum, longitude_sum, min_latitude, min_longitude,"
                + " max_latitude, max_longitude) select " + cy + ", " + cx + ", count(*), sum(s.latitude), sum(s.longitude),"
                + " min(s.latitude), min(s.longitude), max(s.latitude), max(s.longitude) from " + table + " s where "
                + StorySearch.VISIBLE + " and s.latitude is not null and s.longitude is not null and s.place_grid_metres is not null"
                + " group by " + cy + ", " + cx;
    }

    /** The clusters at {@code zoom} (below LEVEL) of the cells in a range of rows and columns (the parameters of {@link #bounds}). */
    public static String clusters(int zoom) {
        int factor = 1 << (LEVEL - zoom);
        return "select sum(c.stories), sum(c.latitude_sum) / sum(c.stories), sum(c.longitude_sum) / sum(c.stories),"
                + " min(c.min_latitude), min(c.min_longitude), max(c.max_latitude), max(c.max_longitude) from story_map_cell c"
                + " where c.cy between ? and ? and c.cx between ? and ? group by floor(c.cy / " + factor + "), floor(c.cx / "
                + factor + ")";
    }

    /** The first and last row, then column, of zoom-10 cells the box touches. */
    public static List<Object> bounds(StoryFilter.Area box) {
        double size = MapGrid.cellDegrees(LEVEL);
        return List.of((long) Math.floor((box.minLatitude() + 90) / size), (long) Math.floor((box.maxLatitude() + 90) / size),
                (long) Math.floor((box.minLongitude() + 180) / size), (long) Math.floor((box.maxLongitude() + 180) / size));
    }

    private static String size() {
        return String.format(Locale.ROOT, "%.12f", MapGrid.cellDegrees(LEVEL));
    }

    private static MapGrid.Cluster cluster(Object[] r) {
        return new MapGrid.Cluster(MapGrid.number(r[1]), MapGrid.number(r[2]), ((Number) r[0]).longValue(), MapGrid.number(r[3]),
                MapGrid.number(r[4]), MapGrid.number(r[5]), MapGrid.number(r[6]));
    }
}
