package org.coproduce.stories;

import static org.coproduce.testing.Problems.assertProblem;
import static org.coproduce.testing.Problems.violated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.SQLException;
import java.util.List;
import org.coproduce.providers.entity.GeoPoint;
import org.coproduce.stories.entity.PlaceGrid;
import org.coproduce.testing.Api;
import org.coproduce.testing.Eventually;
import org.coproduce.testing.Journeys;
import org.coproduce.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, places: a story told with a precise point (a phone's fix) shows in every public answer
 * at its service's position, else at the centre of its 500 m grid cell (the default grid); the
 * exact point is the moderators' alone, gone from the database once published or after
 * COPRODUCE_EXACT_PLACE_DAYS; a moderator moves or removes it before publishing.
 */
public interface PlacesJourneys extends Journeys {

    GeoPoint TOLD = new GeoPoint(53.801234, -1.548765);
    GeoPoint EMERGENCY_DEPARTMENT = new GeoPoint(53.8046, -1.5199);
    PlaceGrid GRID = new PlaceGrid(500);

    @Test
    default void aStoryAboutAServiceShowsAtTheServiceNotWhereItWasTold() {
        long id = toldAt(emergencyDepartment(), TOLD);
        var moderator = demo("moderator");
        var view = moderator.get("api/moderation/stories/" + id).json();
        assertPoint(TOLD, view, "latitude", "longitude", "the moderator sees the point as told");
        assertPoint(EMERGENCY_DEPARTMENT, view, "publicLatitude", "publicLongitude", "and where it will show");
        assertEquals(TOLD, exactInDatabase(id));

        publish(id, 1);
        everyPublicAnswerShows(id, EMERGENCY_DEPARTMENT);
        assertNull(exactInDatabase(id), "the exact point is erased at publication");
        assertTrue(absent(moderator.get("api/moderation/stories/" + id).json(), "latitude"), "not even moderators see it afterwards");
    }

    @Test
    default void aStoryWithoutAServiceShowsAtTheCentreOfItsGridCell() {
        long id = toldAt(null, TOLD);
        publish(id, 1);
        var cell = GRID.snap(TOLD);
        everyPublicAnswerShows(id, cell);
        assertNull(exactInDatabase(id));
        double metres = TOLD.kilometresTo(cell) * 1000;
        assertTrue(metres > 1 && metres <= 500, "never the point as told, within a cell of it: " + metres + " m");
    }

    @Test
    default void aModeratorMovesThePointOrTakesItAwayBeforePublishing() {
        long id = toldAt(null, TOLD);
        var moderator = demo("moderator");
        long version = moderator.get("api/moderation/stories/" + id).json().getJsonNumber("version").longValue();
        var moved = new GeoPoint(53.7952, -1.7591);
        String body = "{\"latitude\":" + moved.latitude() + ",\"longitude\":" + moved.longitude() + ",\"version\":" + version + "}";
        assertProblem(anonymous().put("api/moderation/stories/" + id + "/place", body), 401);
        assertProblem(demo("responder").put("api/moderation/stories/" + id + "/place", body), 403);
        var bad = moderator.put("api/moderation/stories/" + id + "/place", "{\"latitude\":91,\"longitude\":0}");
        assertProblem(bad, 400);
        assertEquals(List.of("latitude"), violated(bad));
        assertEquals(404, moderator.put("api/moderation/stories/999999999/place", body).status());

        var reply = moderator.put("api/moderation/stories/" + id + "/place", body);
        assertEquals(200, reply.status(), reply.body());
        assertPoint(moved, reply.json(), "latitude", "longitude", "the moved point is kept for the moderator");
        assertPoint(GRID.snap(moved), reply.json(), "publicLatitude", "publicLongitude", "and shows coarsened");
        assertTrue(reply.json().getJsonArray("audit").stream().anyMatch(a -> a.asJsonObject().getString("action").equals("MOVE_PLACE")),
                "the move is in the audit trail");
        assertProblem(moderator.put("api/moderation/stories/" + id + "/place", body), 409);
        publish(id, 1);
        everyPublicAnswerShows(id, GRID.snap(moved));

        long removed = toldAt(emergencyDepartment(), TOLD);
        assertProblem(demo("quality").delete("api/moderation/stories/" + removed + "/place"), 403);
        var taken = moderator.delete("api/moderation/stories/" + removed + "/place");
        assertEquals(200, taken.status(), taken.body());
        assertTrue(absent(taken.json(), "latitude") && absent(taken.json(), "publicLatitude"), taken.body());
        assertNull(exactInDatabase(removed));
        publish(removed, 1);
        var shown = anonymous().get("api/stories/" + removed).json();
        assertTrue(absent(shown, "latitude") && absent(shown, "longitude"), shown.toString());
        assertFalse(placed(removed).isPresent(), "a story without a place is on no map");
    }

    @Test
    default void theExactPointOfAStoryAwaitingModerationIsErasedAfterTheConfiguredDays() throws SQLException {
        long id = toldAt(null, TOLD);
        try (var db = TestDatabase.connect()) {
            db.createStatement().executeUpdate("update story set submitted_at = submitted_at - interval 31 day where id = " + id);
        }
        var moderator = demo("moderator");
        var view = Eventually.eventually(() -> moderator.get("api/moderation/stories/" + id), r -> absent(r.json(), "latitude"));
        assertPoint(GRID.snap(TOLD), view.json(), "publicLatitude", "publicLongitude", "the public point stays");
        assertNull(exactInDatabase(id), "erased by the periodic job (COPRODUCE_PLACES_MS is 1 s in the ITs)");
    }

    /** As after migration V26 on a database from before: a published story's point as told, not coarsened yet. */
    @Test
    default void aPointStoredBeforeTheRuleShowsNowhereUntilCoarsened() throws SQLException {
        long id = toldAt(null, TOLD);
        publish(id, 1);
        try (var db = TestDatabase.connect()) {
            db.createStatement().executeUpdate("update story set latitude = " + TOLD.latitude() + ", longitude = " + TOLD.longitude()
                    + ", place_grid_metres = null where id = " + id);
        }
        var first = anonymous().get("api/stories/" + id).json();
        assertTrue(absent(first, "latitude") || first.getJsonNumber("latitude").doubleValue() == GRID.snap(TOLD).latitude(),
                "hidden, or coarsened already, never as told: " + first);
        var coarsened = Eventually.eventually(() -> anonymous().get("api/stories/" + id), r -> !absent(r.json(), "latitude"));
        assertPoint(GRID.snap(TOLD), coarsened.json(), "latitude", "longitude", "coarsened by Places (at start, and by its job)");
        try (var db = TestDatabase.connect(); var rows = db.createStatement().executeQuery(
                "select place_grid_metres from story where id = " + id)) {
            assertTrue(rows.next());
            assertEquals(500, rows.getInt(1));
        }
    }

    private long toldAt(Long serviceId, GeoPoint at) {
        String about = serviceId == null ? "\"category\":\"HEALTH\"" : "\"serviceIds\":[" + serviceId + "]";
        var reply = anonymous().post("api/stories", "{" + about + ",\"relation\":\"CARER\",\"happened\":\"2026-09\","
                + "\"title\":\"Near me\",\"story\":\"Told from my phone.\",\"latitude\":" + at.latitude() + ",\"longitude\":"
                + at.longitude() + "}");
        assertEquals(202, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    /** The story by id, in the list (as the search page asks) and on the map. */
    private void everyPublicAnswerShows(long id, GeoPoint expected) {
        var reader = anonymous();
        assertPoint(expected, reader.get("api/stories/" + id).json(), "latitude", "longitude", "by id");
        var listed = reader.get("api/stories?q=Published%20" + id + "&size=100").items().stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertPoint(expected, listed, "latitude", "longitude", "in the list");
        assertPoint(expected, placed(id).orElseThrow(), "latitude", "longitude", "on the map");
        assertNotEquals(TOLD, new GeoPoint(listed.getJsonNumber("latitude").doubleValue(), listed.getJsonNumber("longitude").doubleValue()));
    }

    private java.util.Optional<JsonObject> placed(long id) {
        return anonymous().get("api/stories/places?size=1000").json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getJsonNumber("id").longValue() == id).findFirst();
    }

    private static void assertPoint(GeoPoint expected, JsonObject json, String latitude, String longitude, String where) {
        assertFalse(absent(json, latitude), where + ": " + json);
        assertEquals(expected.latitude(), json.getJsonNumber(latitude).doubleValue(), 1e-6, where);
        assertEquals(expected.longitude(), json.getJsonNumber(longitude).doubleValue(), 1e-6, where);
    }

    private static boolean absent(JsonObject json, String key) {
        return !json.containsKey(key) || json.isNull(key);
    }

    private static GeoPoint exactInDatabase(long id) {
        try (var db = TestDatabase.connect(); var rows = db.createStatement().executeQuery(
                "select exact_latitude, exact_longitude from story where id = " + id)) {
            assertTrue(rows.next());
            return rows.getBigDecimal(1) == null ? null : new GeoPoint(rows.getDouble(1), rows.getDouble(2));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
