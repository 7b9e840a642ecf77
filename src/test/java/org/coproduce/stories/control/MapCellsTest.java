package org.coproduce.stories.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.coproduce.platform.MapGrid;
import org.junit.jupiter.api.Test;

/**
 * The far-zoom cells add up to what counting the stories gives, cluster by cluster, on the
 * embedded database with the migration's own table: every grid of zoom 0 to 9 nests in the
 * zoom-10 grid the cells are kept in.
 */
class MapCellsTest {

    @Test
    void theCellsAddUpToTheClustersCountedFromTheStories() throws Exception {
        try (var db = DriverManager.getConnection("jdbc:h2:mem:cells;MODE=MySQL;DATABASE_TO_LOWER=TRUE", "sa", "")) {
            db.createStatement().execute("create table story (id bigint primary key, status varchar(20), latitude decimal(9,6),"
                    + " longitude decimal(9,6), place_grid_metres int)");
            for (String statement : Files.readString(Path.of("sql/V57__story_map_cells.sql")).split(";")) {
                String sql = statement.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip();
                if (!sql.isEmpty() && !sql.contains("job_lease")) {
                    db.createStatement().execute(sql);
                }
            }
            var random = new Random(7);
            for (int id = 1; id <= 2_000; id++) {
                double lat = 45 + random.nextDouble() * 10;
                double lng = -5 + random.nextDouble() * 20;
                String status = id % 10 == 0 ? "HIDDEN" : "PUBLISHED";
                db.createStatement().execute(String.format(Locale.ROOT, "insert into story values (%d, '%s', %.6f, %.6f, %s)", id, status,
                        lat, lng, id % 17 == 0 ? "null" : "500"));
            }
            db.createStatement().execute(MapCells.refill("story"));
            var box = new StoryFilter.Area(40, -10, 60, 20);
            for (int zoom = 0; zoom < MapCells.LEVEL; zoom++) {
                assertEquals(counted(db, zoom), added(db, box, zoom), "zoom " + zoom);
            }
            try (var rows = db.createStatement().executeQuery(MapCells.TOTAL)) {
                rows.next();
                assertEquals(counted(db, 0).values().stream().mapToLong(Long::longValue).sum(), rows.getLong(1),
                        "the total kept once a refill is every story of the cells: no view holds more");
            }
        }
    }

    /** Count per cell, counted from the stories as StoryMap does below the cells' threshold. */
    private static Map<String, Long> counted(Connection db, int zoom) throws Exception {
        String size = String.format(Locale.ROOT, "%.12f", MapGrid.cellDegrees(zoom));
        var found = new TreeMap<String, Long>();
        String cy = "floor((s.latitude + 90) / " + size + ")";
        String cx = "floor((s.longitude + 180) / " + size + ")";
        try (var rows = db.createStatement().executeQuery("select " + cy + ", " + cx + ", count(*) from story s where "
                + StorySearch.VISIBLE + " and s.place_grid_metres is not null group by " + cy + ", " + cx)) {
            while (rows.next()) {
                found.put(rows.getLong(1) + "/" + rows.getLong(2), rows.getLong(3));
            }
        }
        return found;
    }

    private static Map<String, Long> added(Connection db, StoryFilter.Area box, int zoom) throws Exception {
        var found = new TreeMap<String, Long>();
        double size = MapGrid.cellDegrees(zoom);
        try (var statement = db.prepareStatement(MapCells.clusters(zoom))) {
            List<Object> bounds = MapCells.bounds(box);
            for (int i = 0; i < bounds.size(); i++) {
                statement.setObject(i + 1, bounds.get(i));
            }
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    // the cell of the cluster's first point: every point of a cluster lies in one cell of the zoom
                    found.put((long) Math.floor((rows.getDouble(4) + 90) / size) + "/" + (long) Math.floor((rows.getDouble(5) + 180) / size),
                            rows.getLong(1));
                }
            }
        }
        return found;
    }
}
