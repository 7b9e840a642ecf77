package org.coproduce.stories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.coproduce.stories.control.MapCells;
import org.coproduce.stories.control.StoryFilter;

/**
 * Times the viewport query of {@code GET /api/map} (stories/control/StoryMap) on MariaDB/MySQL at
 * scale, without the application: fills a scratch table shaped like {@code story}'s columns the
 * query reads, with the index of V46, then runs the same statements StoryMap builds (clusters by
 * a zoom grid with group by; points, newest first, capped) for a few viewports, 3 warm-up rounds
 * then {@code bench.rounds} (default 20), and prints median and p95. Points: 60% at one of 300
 * "service" positions, the rest on the 500 m public grid, over the UK, Benelux, Germany,
 * Switzerland and Austria; 92% published.
 *
 * <pre>mysql -h127.0.0.1 -uroot -e "create database coproduce_map_bench"
 * mvn -B -q -Pbenchmark-map test-compile exec:java -Dbench.url='jdbc:mysql://127.0.0.1:3306/coproduce_map_bench?user=root&amp;password=' -Dbench.stories=1000000
 * mysql -h127.0.0.1 -uroot -e "drop database coproduce_map_bench"</pre>
 */
public final class MapQueryBenchmark {

    private static final double CELL = 0.0045;

    public static void main(String[] args) throws SQLException {
        String url = System.getProperty("bench.url", "jdbc:mysql://127.0.0.1:3306/coproduce_map_bench?user=root&password=");
        int stories = Integer.parseInt(System.getProperty("bench.stories", "1000000"));
        int rounds = Integer.parseInt(System.getProperty("bench.rounds", "20"));
        try (var db = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true")) {
            fill(db, stories);
            cells(db);
            var viewports = List.of(
                    new Viewport("Europe, zoom 4", -11, 44, 25, 60, 4),
                    new Viewport("Germany, zoom 6", 5.5, 47, 15.5, 55.2, 6),
                    new Viewport("a region, zoom 8", 6, 50, 9, 52, 8),
                    new Viewport("a city, zoom 11", 6.8, 50.85, 7.1, 51.0, 11),
                    new Viewport("a district, zoom 14 (points)", 6.93, 50.92, 6.99, 50.96, 14));
            for (var v : viewports) {
                time(db, v, rounds);
            }
            System.out.println("far zoom from story_map_cell (stories.control.MapCells):");
            for (var v : viewports.stream().filter(v -> v.zoom() < MapCells.LEVEL).toList()) {
                timeCells(db, v, rounds);
            }
        }
    }

    record Viewport(String name, double minLng, double minLat, double maxLng, double maxLat, int zoom) {
    }

    private static void fill(Connection db, int wanted) throws SQLException {
        try (var s = db.createStatement()) {
            s.executeUpdate("create table if not exists map_bench_story (id bigint primary key, status varchar(20) not null,"
                    + " latitude decimal(9,6) null, longitude decimal(9,6) null, place_grid_metres int null,"
                    + " published_title varchar(200) null, published_at timestamp(6) null) engine=InnoDB");
            try (var rows = s.executeQuery("select count(*) from map_bench_story")) {
                rows.next();
                if (rows.getLong(1) >= wanted) {
                    System.out.println("map_bench_story holds " + rows.getLong(1) + " rows");
                    return;
                }
            }
            s.executeUpdate("truncate table map_bench_story");
            try {
                s.executeUpdate("create index ix_story_map on map_bench_story (status, latitude, longitude, place_grid_metres)");
            } catch (SQLException exists) {
                // kept from a run before
            }
        }
        var random = new Random(16);
        double[][] services = new double[300][];
        for (int i = 0; i < services.length; i++) {
            services[i] = new double[] {47 + random.nextDouble() * 8, -5 + random.nextDouble() * 21};
        }
        long start = System.nanoTime();
        db.setAutoCommit(false);
        try (var insert = db.prepareStatement("insert into map_bench_story values (?, ?, ?, ?, 500, ?, ?)")) {
            Instant now = Instant.now();
            for (int id = 1; id <= wanted; id++) {
                double lat;
                double lng;
                if (random.nextDouble() < 0.6) {
                    var service = services[random.nextInt(services.length)];
                    lat = service[0];
                    lng = service[1];
                } else {
                    lat = Math.floor((47 + random.nextGaussian() * 2 + 4) / CELL) * CELL + CELL / 2;
                    lng = Math.floor((5 + random.nextGaussian() * 4) / CELL) * CELL + CELL / 2;
                }
                insert.setLong(1, id);
                insert.setString(2, random.nextDouble() < 0.92 ? "PUBLISHED" : "RECEIVED");
                insert.setDouble(3, Math.max(-90, Math.min(90, lat)));
                insert.setDouble(4, Math.max(-180, Math.min(180, lng)));
                insert.setString(5, "Story " + id);
                insert.setTimestamp(6, Timestamp.from(now.minusSeconds(random.nextInt(3 * 365 * 86_400))));
                insert.addBatch();
                if (id % 20_000 == 0) {
                    insert.executeBatch();
                    db.commit();
                }
            }
            insert.executeBatch();
            db.commit();
        }
        db.setAutoCommit(true);
        try (var s = db.createStatement()) {
            s.execute("analyze table map_bench_story");
        }
        System.out.printf("filled %d rows in %.1f s%n", wanted, (System.nanoTime() - start) / 1e9);
    }

    /** The zoom-10 cells of the scratch table, filled as MapCells.refill does every 5 minutes (timed: it is the job's cost). */
    private static void cells(Connection db) throws SQLException {
        try (var s = db.createStatement()) {
            for (String statement : Files.readString(Path.of("sql/V57__story_map_cells.sql")).split(";")) {
                String sql = statement.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip();
                if (sql.startsWith("CREATE TABLE")) {
                    s.execute(sql.replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS"));
                }
            }
            long start = System.nanoTime();
            s.executeUpdate("delete from story_map_cell");
            int cells = s.executeUpdate(MapCells.refill("map_bench_story"));
            System.out.printf("refilled %d cells in %.1f s%n", cells, (System.nanoTime() - start) / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The statement of MapCells.clusters for a far viewport. */
    private static void timeCells(Connection db, Viewport v, int rounds) throws SQLException {
        long[] times = new long[rounds];
        long rows = 0;
        long stories = 0;
        var box = new StoryFilter.Area(v.minLat(), v.minLng(), v.maxLat(), v.maxLng());
        for (int i = -3; i < rounds; i++) {
            long start = System.nanoTime();
            try (var query = db.prepareStatement(MapCells.clusters(v.zoom()))) {
                var bounds = MapCells.bounds(box);
                for (int b = 0; b < bounds.size(); b++) {
                    query.setObject(b + 1, bounds.get(b));
                }
                try (var result = query.executeQuery()) {
                    rows = 0;
                    stories = 0;
                    while (result.next()) {
                        rows++;
                        stories += result.getLong(1);
                    }
                }
            }
            if (i >= 0) {
                times[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(times);
        System.out.printf("%-32s %6d rows, %8d stories  median %7.1f ms  p95 %7.1f ms%n", v.name(), rows, stories,
                times[rounds / 2] / 1e6, times[(int) Math.ceil(rounds * 0.95) - 1] / 1e6);
    }

    /** The statements of StoryMap.view, on the scratch table. */
    private static void time(Connection db, Viewport v, int rounds) throws SQLException {
        String where = " from map_bench_story s where s.status = 'PUBLISHED' and s.latitude is not null and s.longitude is not null"
                + " and s.place_grid_metres is not null and s.latitude between ? and ? and s.longitude between ? and ?";
        String size = String.format(Locale.ROOT, "%.12f", 360.0 / Math.pow(2, v.zoom()) / 4);
        String sql = v.zoom() >= 14
                ? "select s.id, s.published_title, s.latitude, s.longitude" + where + " order by s.published_at desc, s.id desc limit 501"
                : "select count(*), avg(p.lat), avg(p.lng), min(p.lat), min(p.lng), max(p.lat), max(p.lng) from (select floor((s.latitude + 90) / "
                        + size + ") cy, floor((s.longitude + 180) / " + size + ") cx, s.latitude lat, s.longitude lng" + where
                        + ") p group by p.cy, p.cx";
        long[] times = new long[rounds];
        long rows = 0;
        long stories = 0;
        for (int i = -3; i < rounds; i++) {
            long start = System.nanoTime();
            try (var query = db.prepareStatement(sql)) {
                query.setDouble(1, v.minLat());
                query.setDouble(2, v.maxLat());
                query.setDouble(3, v.minLng());
                query.setDouble(4, v.maxLng());
                try (var result = query.executeQuery()) {
                    rows = 0;
                    stories = 0;
                    while (result.next()) {
                        rows++;
                        stories += v.zoom() >= 14 ? 1 : result.getLong(1);
                    }
                }
            }
            if (i >= 0) {
                times[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(times);
        System.out.printf("%-32s %6d rows, %8d stories  median %7.1f ms  p95 %7.1f ms%n", v.name(), rows, stories,
                times[rounds / 2] / 1e6, times[(int) Math.ceil(rounds * 0.95) - 1] / 1e6);
    }
}
