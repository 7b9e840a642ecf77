package org.coproduce.stories;

import static org.coproduce.testing.Problems.assertProblem;
import static org.coproduce.testing.Problems.violated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduce.testing.Journeys;
import org.coproduce.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 item 3, the map of everything: {@code GET /api/map} counts the published stories of a
 * viewport in clusters chosen by the zoom, lists them one by one at close zoom, and never counts
 * a story the public may not read.
 */
public interface MapJourneys extends Journeys {

    /** A corner of the South Island of New Zealand, where no other journey tells stories. */
    String BOX = "170.0,-46.0,170.4,-45.7";

    @Test
    default void theMapCountsPublishedStoriesInClustersAndListsThemAtCloseZoom() throws SQLException {
        long before = anonymous().get("api/map?bbox=" + BOX + "&zoom=9").json().getJsonNumber("total").longValue();
        long first = toldAt(-45.80, 170.10);
        long second = toldAt(-45.90, 170.30);
        long third = toldAt(-45.8001, 170.1002);
        long unpublished = toldAt(-45.85, 170.20);
        long hidden = toldAt(-45.86, 170.21);
        for (long id : List.of(first, second, third, hidden)) {
            publish(id, 1);
        }
        try (var db = TestDatabase.connect()) {
            db.createStatement().executeUpdate("update story set status = 'HIDDEN' where id = " + hidden);
        }

        for (int zoom : List.of(3, 9, 12)) {
            var view = anonymous().get("api/map?bbox=" + BOX + "&zoom=" + zoom).json();
            assertEquals(before + 3, view.getJsonNumber("total").longValue(), "three published stories more: " + view);
            var clusters = view.getJsonArray("clusters").stream().map(JsonValue::asJsonObject).toList();
            assertEquals(before + 3, clusters.stream().mapToLong(c -> c.getJsonNumber("count").longValue()).sum(),
                    "the clusters' counts add up to the stories in the box: " + view);
            assertTrue(view.getJsonArray("points").isEmpty(), "far away: clusters, not points");
            assertFalse(view.getBoolean("capped"));
            for (var c : clusters) {
                assertTrue(within(c, "latitude", "minLatitude", "maxLatitude") && within(c, "longitude", "minLongitude", "maxLongitude"),
                        "a cluster's centre lies in its box: " + c);
                assertTrue(c.getJsonNumber("minLatitude").doubleValue() >= -46.0 && c.getJsonNumber("maxLongitude").doubleValue() <= 170.4,
                        "and its box in the viewport: " + c);
            }
        }
        var far = anonymous().get("api/map?bbox=" + BOX + "&zoom=3").json();
        assertEquals(1, far.getJsonArray("clusters").size(), "at zoom 3 the whole box is one cell: " + far);

        var close = anonymous().get("api/map?bbox=170.05,-45.95,170.35,-45.75&zoom=15").json();
        assertTrue(close.getJsonArray("clusters").isEmpty(), "close: points, not clusters");
        var points = close.getJsonArray("points").stream().map(JsonValue::asJsonObject).toList();
        Set<Long> ids = points.stream().map(p -> p.getJsonNumber("id").longValue()).collect(Collectors.toSet());
        assertTrue(ids.containsAll(Set.of(first, second, third)), "the published stories, one by one: " + close);
        assertFalse(ids.contains(unpublished) || ids.contains(hidden), "never one awaiting moderation or hidden: " + close);
        assertEquals(points.size(), close.getJsonNumber("total").longValue());
        assertFalse(close.getBoolean("capped"));
        var one = points.stream().filter(p -> p.getJsonNumber("id").longValue() == first).findFirst().orElseThrow();
        assertEquals("Published " + first, one.getString("title"));
        var shown = anonymous().get("api/stories/" + first).json();
        assertEquals(shown.getJsonNumber("latitude").doubleValue(), one.getJsonNumber("latitude").doubleValue(), 1e-9,
                "at its public (coarsened) point");
        assertEquals(shown.getJsonNumber("longitude").doubleValue(), one.getJsonNumber("longitude").doubleValue(), 1e-9);

        assertEquals(0, anonymous().get("api/map?bbox=" + BOX + "&zoom=9&theme=no-such-theme").json().getJsonNumber("total").longValue(),
                "filters apply");
        assertEquals(before + 3, anonymous().get("api/map?bbox=" + BOX + "&zoom=9&from=2020-01-01").json().getJsonNumber("total").longValue());
    }

    @Test
    default void aBadViewportIsRefusedNamingTheField() {
        for (String bbox : List.of("1,2,3", "a,b,c,d", "10,0,5,1", "-181,0,0,1", "0,-91,1,0", "", "NaN,0,1,1")) {
            var reply = anonymous().get("api/map?zoom=5&bbox=" + bbox);
            assertProblem(reply, 400);
            assertEquals(List.of("bbox"), violated(reply), bbox);
        }
        for (String zoom : List.of("", "x", "-1", "23", "1.5")) {
            var reply = anonymous().get("api/map?bbox=0,0,1,1&zoom=" + zoom);
            assertProblem(reply, 400);
            assertEquals(List.of("zoom"), violated(reply), zoom);
        }
        assertEquals(List.of("from"), violated(anonymous().get("api/map?bbox=0,0,1,1&zoom=3&from=yesterday")));
        assertEquals(List.of("service"), violated(anonymous().get("api/map?bbox=0,0,1,1&zoom=3&service=lift")));
        assertEquals(List.of("organisation"), violated(anonymous().get("api/map?bbox=0,0,1,1&zoom=3&organisation=-2")));
        assertEquals(List.of("organisation"), violated(anonymous().get("api/stories?organisation=north")));
        assertEquals(0, anonymous().get("api/map?bbox=0,0,1,1&zoom=3&organisation=%20999999999%20").json().getJsonNumber("total")
                .longValue(), "an id with blanks around is read as the id (no such organisation: nothing)");
    }

    private long toldAt(double latitude, double longitude) {
        var reply = anonymous().post("api/stories", "{\"category\":\"HEALTH\",\"relation\":\"CARER\",\"happened\":\"2026-09\","
                + "\"title\":\"On the map\",\"story\":\"Told on the South Island.\",\"latitude\":" + latitude + ",\"longitude\":"
                + longitude + "}");
        assertEquals(202, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    private static boolean within(JsonObject c, String value, String min, String max) {
        double v = c.getJsonNumber(value).doubleValue();
        return v >= c.getJsonNumber(min).doubleValue() - 1e-9 && v <= c.getJsonNumber(max).doubleValue() + 1e-9;
    }
}
