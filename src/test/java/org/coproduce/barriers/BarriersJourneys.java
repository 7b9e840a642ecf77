package org.coproduce.barriers;

import static org.coproduce.testing.Problems.assertProblem;
import static org.coproduce.testing.Problems.violated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.coproduce.photos.TestPhotos;
import org.coproduce.testing.Api;
import org.coproduce.testing.Journeys;
import org.coproduce.testing.Reply;
import org.coproduce.testing.TestDatabase;
import org.coproduce.testing.TestMail;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 item 2, barrier reports: reported without an account, held for a moderator, routed on
 * publication by category and area to the right organisation only, whose responder moves the
 * status forward (others get 403) and whose reporter is e-mailed in their language; "I've met this
 * too" counted once a person; the published barrier in the list and on the map, with filters.
 */
public interface BarriersJourneys extends Journeys, BarrierListJourneys {

    /** Around Geneva's station, where no other journey reports barriers. */
    String BOX = "6.13,46.19,6.16,46.22";

    /** A point in Lausanne (46.51-46.53, 6.62-6.64), where only the staff list's journey routes barriers. */
    String LAUSANNE = "\"latitude\":46.5201,\"longitude\":6.6301";

    @Test
    default void barriersAreModeratedRoutedByCategoryAndAreaAndAnsweredByTheirOrganisationOnly() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        var admin = demo("admin");
        var moderator = demo("moderator");
        long org = created(admin.post("api/organisations", "{\"name\":\"Barrier org " + run + "\",\"country\":\"CH\"}"));
        long other = created(admin.post("api/organisations", "{\"name\":\"Barrier other " + run + "\",\"country\":\"CH\"}"));
        created(admin.post("api/barrier-routes", route(org, "LIFT_BROKEN")));
        created(admin.post("api/barrier-routes", route(other, "NO_ACCESSIBLE_TOILET")));
        String responderEmail = newResponder("barrier", "Barrier responder", org);
        String otherEmail = newResponder("barrier-other", "Other responder", other);

        var reporter = anonymous();
        var bad = reporter.post("api/barriers", "{\"category\":\"NOPE\",\"place\":\" \",\"description\":\"Broken\",\"latitude\":91}");
        assertTrue(violated(bad).containsAll(List.of("category", "place", "latitude", "longitude")), bad.body());
        String reporterEmail = "barrier-reporter-" + run + "@example.org";
        var reported = reporter.post("api/barriers", "{\"category\":\"LIFT_BROKEN\",\"place\":\"Station, lift to platform 3\","
                + "\"description\":\"Out of order for two weeks.\",\"latitude\":46.2102,\"longitude\":6.1424,\"email\":\"" + reporterEmail + "\"}",
                "Accept-Language", "de");
        assertEquals(202, reported.status(), reported.body());
        long id = reported.json().getJsonNumber("id").longValue();
        assertProblem(anonymous().get("api/barriers/" + id), 404);
        assertEquals(401, anonymous().get("api/moderation/barriers").status());
        var pending = moderator.get("api/moderation/barriers?size=100").items().stream().map(JsonValue::asJsonObject)
                .filter(b -> b.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertEquals(46.2102, pending.getJsonNumber("exactLatitude").doubleValue(), 1e-9, "moderators see the exact point");
        assertTrue(pending.getBoolean("withEmail"));
        assertFalse(pending.toString().contains(reporterEmail), "never the address itself");

        var decided = moderator.post("api/moderation/barriers/" + id + "/decision", "{\"action\":\"PUBLISH\"}");
        assertEquals(200, decided.status(), decided.body());
        assertEquals(List.of(org), decided.json().getJsonArray("routedTo").stream().map(v -> ((jakarta.json.JsonNumber) v).longValue()).toList(),
                "a lift in the box: the organisation taking lifts there, not the one taking toilets");
        assertProblem(moderator.post("api/moderation/barriers/" + id + "/decision", "{\"action\":\"PUBLISH\"}"), 409);
        assertEquals("PUBLISH", decision(id).getString("action"), "published as reported");

        var shown = anonymous().get("api/barriers/" + id).json();
        assertEquals("REPORTED", shown.getString("status"));
        assertEquals("Barrier org " + run, shown.getJsonArray("organisations").getJsonObject(0).getString("name"));
        assertFalse(shown.containsKey("exactLatitude"), "the public never sees the exact point: " + shown);
        double lat = shown.getJsonNumber("latitude").doubleValue();
        assertTrue(Math.abs(lat - 46.2102) < 0.0003 && lat != 46.2102, "the public point is on the 25 m grid: " + lat);
        assertTrue(TestMail.awaitMessage(responderEmail, "Barrier reported", Duration.ofSeconds(60)).isPresent(), "the responder is alerted");

        var otherResponder = as(otherEmail, "a long enough password");
        assertProblem(otherResponder.put("api/barriers/" + id + "/status", "{\"status\":\"CONFIRMED\"}"), 403);
        var responder = as(responderEmail, "a long enough password");
        assertEquals(46.2102, responder.get("api/barriers/" + id).json().getJsonNumber("exactLatitude").doubleValue(), 1e-9,
                "the routed organisation's staff see the exact point");
        assertEquals(List.of("status"), violated(responder.put("api/barriers/" + id + "/status", "{\"status\":\"BROKEN\"}")));
        var confirmed = responder.put("api/barriers/" + id + "/status", "{\"status\":\"CONFIRMED\",\"note\":\"Engineer booked for Monday\"}");
        assertEquals(200, confirmed.status(), confirmed.body());
        var history = anonymous().get("api/barriers/" + id).json().getJsonArray("history");
        assertEquals("CONFIRMED", history.getJsonObject(0).getString("status"));
        assertEquals("Engineer booked for Monday", history.getJsonObject(0).getString("note"));
        assertProblem(responder.put("api/barriers/" + id + "/status", "{\"status\":\"REPORTED\"}"), 409);
        var mail = TestMail.awaitMessage(reporterEmail, "Ihre Barriere-Meldung", Duration.ofSeconds(60)).orElseThrow();
        assertTrue(mail.body().contains("bestätigt") && mail.body().contains("Engineer booked for Monday"), mail.body());
        assertNotNull(mail.oneClick(), "with a one-click unsubscribe");

        var someone = anonymous();
        String token = "met-token-" + run + "-0123456789";
        assertEquals(1, met(someone, id, token).getInt("metCount"));
        var again = met(someone, id, token);
        assertFalse(again.getBoolean("counted"), "once a person");
        assertEquals(1, again.getInt("metCount"));
        assertEquals(2, met(anonymous(), id, "another-" + token).getInt("metCount"));
        assertEquals(List.of("token"), violated(anonymous().post("api/barriers/" + id + "/met", "{}")));

        assertTrue(listed("api/barriers?size=100&bbox=" + BOX + "&category=LIFT_BROKEN&status=CONFIRMED", id));
        assertFalse(listed("api/barriers?size=100&bbox=" + BOX + "&status=FIXED", id));
        assertFalse(listed("api/barriers?size=100&bbox=" + BOX + "&category=NO_QUIET_ROOM", id));
        assertEquals(List.of("status"), violated(anonymous().get("api/barriers?status=MAYBE")));
        var close = anonymous().get("api/barriers/map?bbox=" + BOX + "&zoom=15&status=CONFIRMED").json();
        assertTrue(close.getJsonArray("points").stream().map(JsonValue::asJsonObject).anyMatch(p -> p.getJsonNumber("id").longValue() == id), close.toString());
        var far = anonymous().get("api/barriers/map?bbox=" + BOX + "&zoom=9&category=LIFT_BROKEN").json();
        assertTrue(far.getJsonNumber("total").longValue() >= 1 && !far.getJsonArray("clusters").isEmpty(), far.toString());
        assertEquals(List.of("zoom"), violated(anonymous().get("api/barriers/map?bbox=" + BOX + "&zoom=40")));

        long rejected = reporter.post("api/barriers", "{\"category\":\"OTHER\",\"place\":\"My neighbour's house\",\"description\":\"Call 07700 900123\","
                + "\"latitude\":46.2,\"longitude\":6.14}").json().getJsonNumber("id").longValue();
        assertTrue(moderator.get("api/moderation/barriers/" + rejected).json().getString("screening").contains("phone"),
                "the screening tells the moderator what it found");
        assertEquals(200, moderator.post("api/moderation/barriers/" + rejected + "/decision", "{\"action\":\"REJECT\"}").status());
        assertProblem(anonymous().get("api/barriers/" + rejected), 404);
    }

    /**
     * Two "I've met this too" of the same browser at once. This test holds a shared lock on the
     * barrier's row: before the fix the first request inserted its barrier_met row and waited to
     * update the count, the second (not seeing that row yet) waited on its primary key, and once
     * the test let go it hit the duplicate key and heard 500. Now both wait to lock the barrier's
     * row before anything else and run one after the other: 200 both, counted once, the same
     * count; a third person counts. (An exclusive lock here would let InnoDB pick a deadlock
     * victim instead, which ConflictRetry runs again: that hid the bug.)
     */
    @Test
    default void meetingABarrierTwiceAtOnceCountsOnceAndNeverFails() throws Exception {
        long id = publishedBarrier("Twice at once", "LIFT_BROKEN", "\"latitude\":46.2052,\"longitude\":6.1415");
        var browser = anonymous();
        String token = "met-twice-" + UUID.randomUUID();
        List<CompletableFuture<Reply>> both;
        var threads = Executors.newFixedThreadPool(2);
        try (var db = TestDatabase.connect()) {
            db.setAutoCommit(false);
            try (var hold = db.prepareStatement("select id from barrier_report where id = ? lock in share mode")) {
                hold.setLong(1, id);
                hold.executeQuery().close();
            }
            both = List.of(metLater(browser, id, token, threads), metLater(browser, id, token, threads));
            LockWaits.await(db, 2);
            db.rollback();
        } finally {
            threads.shutdown();
        }
        var answers = new ArrayList<JsonObject>();
        for (var future : both) {
            var reply = future.get(60, TimeUnit.SECONDS);
            assertEquals(200, reply.status(), reply.body());
            answers.add(reply.json());
        }
        assertEquals(1, answers.stream().filter(a -> a.getBoolean("counted")).count(), answers.toString());
        assertTrue(answers.stream().allMatch(a -> a.getInt("metCount") == 1), answers.toString());
        assertEquals(2, met(anonymous(), id, "third-" + token).getInt("metCount"));
        assertEquals(2, anonymous().get("api/barriers/" + id).json().getInt("metCount"));
    }

    private static CompletableFuture<Reply> metLater(Api client, long id, String token, Executor threads) {
        return CompletableFuture.supplyAsync(() -> client.post("api/barriers/" + id + "/met", "{\"token\":\"" + token + "\"}"), threads);
    }

    /**
     * The staff's list: the barriers routed to their organisation, newest first, with the exact
     * point, filtered by status and category; not another organisation's (403), not the public's.
     */
    @Test
    default void theBarriersRoutedToAnOrganisationAreListedForItsStaffOnly() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        var admin = demo("admin");
        long org = created(admin.post("api/organisations", "{\"name\":\"Barrier list " + run + "\",\"country\":\"CH\"}"));
        long other = created(admin.post("api/organisations", "{\"name\":\"Barrier list other " + run + "\",\"country\":\"CH\"}"));
        created(admin.post("api/barrier-routes", route(org, "LIFT_BROKEN").replace("46.19", "46.51").replace("46.22", "46.53")
                .replace("6.13", "6.62").replace("6.16", "6.64")));
        created(admin.post("api/barrier-routes", route(other, "NO_ACCESSIBLE_TOILET").replace("46.19", "46.51").replace("46.22", "46.53")
                .replace("6.13", "6.62").replace("6.16", "6.64")));
        var responder = as(newResponder("barrier-list", "List responder", org), "a long enough password");
        var otherResponder = as(newResponder("barrier-list-other", "Other list responder", other), "a long enough password");
        long older = publishedBarrier("Listed lift " + run, "LIFT_BROKEN", LAUSANNE);
        long toilet = publishedBarrier("Listed toilet " + run, "NO_ACCESSIBLE_TOILET", LAUSANNE);
        long newer = publishedBarrier("Newer lift " + run, "LIFT_BROKEN", LAUSANNE);

        var listed = ids(responder.get("api/barriers/routed?size=100"));
        assertTrue(listed.indexOf(newer) >= 0 && listed.indexOf(newer) < listed.indexOf(older), "newest first: " + listed);
        assertFalse(listed.contains(toilet), "another organisation's barrier");
        var item = responder.get("api/barriers/routed?organisation=" + org).items().getJsonObject(0);
        assertEquals(46.5201, item.getJsonNumber("exactLatitude").doubleValue(), 1e-9, "the exact point for the routed organisation");
        assertEquals(200, responder.put("api/barriers/" + older + "/status", "{\"status\":\"CONFIRMED\"}").status());
        assertEquals(List.of(older), ids(responder.get("api/barriers/routed?organisation=" + org + "&status=CONFIRMED")));
        assertFalse(ids(responder.get("api/barriers/routed?status=REPORTED&size=100")).contains(older));
        assertFalse(ids(responder.get("api/barriers/routed?category=NO_QUIET_ROOM&size=100")).contains(newer));
        var paged = responder.get("api/barriers/routed?organisation=" + org + "&size=1&page=2").json();
        assertEquals(2, paged.getInt("total"));
        assertEquals(older, paged.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(List.of("status"), violated(responder.get("api/barriers/routed?status=MAYBE")));

        assertTrue(ids(otherResponder.get("api/barriers/routed?size=100")).contains(toilet));
        assertProblem(otherResponder.get("api/barriers/routed?organisation=" + org), 403);
        assertProblem(responder.get("api/barriers/routed?organisation=" + other), 403);
        assertEquals(401, anonymous().get("api/barriers/routed").status());
        assertProblem(demo("moderator").get("api/barriers/routed"), 403);
        assertTrue(ids(admin.get("api/barriers/routed?organisation=" + other)).contains(toilet), "admins see every organisation's");
    }

    /**
     * The reporter's private link erases the report: awaiting moderation, it is deleted whole;
     * published, it leaves the public and keeps no words, exact point, address or "met" rows, only
     * the organisation's status history; the link then works no more, and a forged one never did.
     */
    @Test
    default void aReporterErasesTheirBarrierReportWithThePrivateLinkGivenWithIt() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        var moderator = demo("moderator");
        var pending = report("Erased pending " + run, "erase-" + run + "@example.org");
        String pendingToken = pending.getString("eraseToken");
        assertEquals("/erase.html#barrier=" + pendingToken, pending.getString("eraseUrl"));
        var shown = anonymous().get("api/barriers/erasure/" + pendingToken).json();
        assertEquals("Erased pending " + run, shown.getString("place"));
        assertEquals("PENDING", shown.getString("state"));
        assertEquals(204, anonymous().delete("api/barriers/erasure/" + pendingToken).status());
        long pendingId = pending.getJsonNumber("id").longValue();
        assertProblem(moderator.get("api/moderation/barriers/" + pendingId), 404);

        var published = report("Erased published " + run, "erase-published-" + run + "@example.org");
        long id = published.getJsonNumber("id").longValue();
        assertEquals(200, moderator.post("api/moderation/barriers/" + id + "/decision",
                "{\"action\":\"PUBLISH\",\"description\":\"Three steps at the entrance.\"}").status());
        assertEquals("EDIT_PUBLISH", decision(id).getString("action"), "published reworded, as proposals and comments");
        met(anonymous(), id, "erase-met-" + run + "-0123456789");
        String token = published.getString("eraseToken");
        assertProblem(anonymous().delete("api/barriers/erasure/" + token + "x"), 404);
        assertEquals(204, anonymous().delete("api/barriers/erasure/" + token).status());
        assertProblem(anonymous().get("api/barriers/" + id), 404);
        assertFalse(listed("api/barriers?size=100&bbox=" + BOX, id));
        assertProblem(anonymous().get("api/barriers/erasure/" + token), 404);
        assertProblem(anonymous().delete("api/barriers/erasure/" + token), 404);
        try (var db = TestDatabase.connect(); var row = db.createStatement().executeQuery("select state, place, description, email,"
                + " exact_latitude, client_hash, erase_token_hash, (select count(*) from barrier_met m where m.barrier_id = b.id)"
                + " from barrier_report b where id = " + id)) {
            assertTrue(row.next());
            assertEquals("WITHDRAWN", row.getString(1));
            assertEquals("", row.getString(2) + row.getString(3));
            for (int column = 4; column <= 7; column++) {
                assertEquals(null, row.getObject(column), "column " + column);
            }
            assertEquals(0, row.getInt(8), "the \"met\" rows go");
        }
    }

    /**
     * Photos on a barrier report: added through the report's private link while it awaits
     * moderation (bad ones refused naming the field), seen by the moderator with the report, one
     * removed (in the trail), the decision on a version from before a later photo refused; public
     * with the published report only, without any metadata; none after the decision; erased with
     * the report, from the photo store too.
     */
    @Test
    default void aBarrierReportsPhotosAreModeratedPublishedWithItAndErasedWithIt() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        var reported = report("Photographed " + run, "photo-" + run + "@example.org");
        long id = reported.getJsonNumber("id").longValue();
        String photos = "api/barriers/reported/" + reported.getString("eraseToken") + "/photos";
        var reporter = anonymous();
        refusedPhoto(upload(reporter, photos, "<html>not a photo</html>".getBytes(StandardCharsets.UTF_8), "A page"), "photo");
        refusedPhoto(upload(reporter, photos, TestPhotos.png(40, 40), " "), "alt");
        byte[] tooBig = new byte[8 * 1024 * 1024 + 1];
        tooBig[0] = (byte) 0xFF;
        tooBig[1] = (byte) 0xD8;
        tooBig[2] = (byte) 0xFF;
        refusedPhoto(upload(reporter, photos, tooBig, "Too big"), "photo");
        assertProblem(upload(reporter, "api/barriers/reported/" + "x".repeat(43) + "/photos", TestPhotos.png(40, 40), "Lift"), 404);

        var added = upload(reporter, photos, TestPhotos.jpegWithGps(640, 480), "The three steps at the entrance");
        assertEquals(201, added.status(), added.body());
        long steps = added.json().getJsonNumber("id").longValue();
        assertEquals("api/barriers/" + id + "/photos/" + steps, added.json().getString("url"));
        assertEquals(404, anonymous().download(added.json().getString("url")).statusCode(), "not public before publication");

        var moderator = demo("moderator");
        var seen = moderator.get("api/moderation/barriers/" + id).json();
        assertEquals(1, seen.getJsonArray("photos").size(), seen.toString());
        assertEquals("The three steps at the entrance", seen.getJsonArray("photos").getJsonObject(0).getString("alt"));
        assertEquals(200, moderator.download(seen.getJsonArray("photos").getJsonObject(0).getString("url")).statusCode());
        long face = upload(reporter, photos, TestPhotos.png(100, 100), "Someone at the door").json()
                .getJsonNumber("id").longValue();
        assertProblem(moderator.post("api/moderation/barriers/" + id + "/decision", "{\"action\":\"PUBLISH\",\"version\":"
                + seen.getJsonNumber("version") + "}"), 409);
        assertEquals(204, moderator.post("api/moderation/photos/" + face + "/removal", "{\"reason\":\"A face can be recognised\"}").status());
        var removal = decision(id);
        assertEquals("PHOTO_REMOVED", removal.getString("action"), removal.toString());
        assertEquals("A face can be recognised", removal.getString("reason"));
        var current = moderator.get("api/moderation/barriers/" + id).json();
        assertEquals(1, current.getJsonArray("photos").size(), current.toString());
        assertEquals(200, moderator.post("api/moderation/barriers/" + id + "/decision", "{\"action\":\"PUBLISH\",\"version\":"
                + current.getJsonNumber("version") + "}").status());

        var shown = anonymous().get("api/barriers/" + id).json().getJsonArray("photos");
        assertEquals(1, shown.size(), shown.toString());
        assertEquals("The three steps at the entrance", shown.getJsonObject(0).getString("alt"));
        var published = anonymous().download(shown.getJsonObject(0).getString("url"));
        assertEquals(200, published.statusCode());
        assertEquals("image/jpeg", published.headers().firstValue("Content-Type").orElse(""));
        assertEquals(List.of(), TestPhotos.metadata(published.body()), "no metadata block at all");
        assertFalse(TestPhotos.hasGps(published.body()));
        assertEquals(404, anonymous().download("api/barriers/" + id + "/photos/" + face).statusCode(), "the removed photo is gone");
        assertEquals(404, anonymous().download("api/photos/" + steps).statusCode(), "not a story's photo");
        assertProblem(upload(reporter, photos, TestPhotos.png(50, 50), "Another"), 409);

        assertEquals(204, anonymous().delete("api/barriers/erasure/" + reported.getString("eraseToken")).status());
        assertEquals(404, anonymous().download(shown.getJsonObject(0).getString("url")).statusCode());
        assertEquals(404, moderator.download("api/moderation/photos/" + steps).statusCode(), "erased, not only hidden");
        assertEquals(0, count("select count(*) from story_photo where barrier_id = " + id));
        assertEquals(0, count("select count(*) from photo_data where photo_id in (" + steps + ", " + face + ")"));
        assertEquals(1, count("select count(*) from moderation_item_decision where item_kind = 'BARRIER' and item_id = " + id
                + " and action = 'PHOTO_REMOVED' and reason = '[erased]'"), "the moderator's reason goes with the report, the fact stays");
    }

    /** The daily pass deletes a report rejected 90 days ago, its photos first (from the store too). */
    @Test
    default void aRejectedReportsPhotosGoWithItByAge() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        var reported = report("Rejected with a photo " + run, "rejected-photo-" + run + "@example.org");
        long id = reported.getJsonNumber("id").longValue();
        var added = upload(anonymous(), "api/barriers/reported/" + reported.getString("eraseToken") + "/photos",
                TestPhotos.png(60, 40), "A blocked ramp");
        assertEquals(201, added.status(), added.body());
        long photo = added.json().getJsonNumber("id").longValue();
        assertEquals(200, demo("moderator").post("api/moderation/barriers/" + id + "/decision", "{\"action\":\"REJECT\"}").status());
        assertEquals(200, demo("moderator").download("api/moderation/photos/" + photo).statusCode(), "kept with the rejected report");
        try (var db = TestDatabase.connect(); var statement = db.createStatement()) {
            statement.executeUpdate("update barrier_report set decided_at = decided_at - interval 91 day where id = " + id);
        }
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (count("select count(*) from barrier_report where id = " + id) > 0) {
            assertTrue(System.nanoTime() < end, "the rejected report is deleted within a minute");
            Thread.sleep(500);
        }
        assertEquals(0, count("select count(*) from story_photo where id = " + photo));
        assertEquals(0, count("select count(*) from photo_data where photo_id = " + photo));
    }

    private static Reply upload(Api client, String photos, byte[] photo, String alt) {
        return client.post(photos + "?alt=" + URLEncoder.encode(alt, StandardCharsets.UTF_8), "image/jpeg", photo);
    }

    private static void refusedPhoto(Reply reply, String field) {
        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(List.of(field), reply.violatedFields());
    }

    private static long count(String sql) throws Exception {
        try (var db = TestDatabase.connect(); var row = db.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The moderator's decision on the barrier in the audit trail. */
    private JsonObject decision(long id) {
        var trail = demo("admin").get("api/moderation/decisions?kind=BARRIER&size=100");
        assertEquals(200, trail.status(), trail.body());
        return trail.items().stream().map(JsonValue::asJsonObject).filter(d -> d.getJsonNumber("itemId").longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("decision on barrier " + id + " in the trail: " + trail.body()));
    }

    private JsonObject report(String place, String email) {
        var reply = anonymous().post("api/barriers", "{\"category\":\"NO_STEP_FREE_ACCESS\",\"place\":\"" + place + "\",\"description\":\"Three steps.\","
                + "\"latitude\":46.2071,\"longitude\":6.1401,\"email\":\"" + email + "\"}");
        assertEquals(202, reply.status(), reply.body());
        return reply.json();
    }

    private static List<Long> ids(Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.items().stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    /** A barrier at the point, reported and published by the demo moderator. */
    private long publishedBarrier(String place, String category, String point) {
        var reported = anonymous().post("api/barriers", "{\"category\":\"" + category + "\",\"place\":\"" + place + "\","
                + "\"description\":\"Out of order.\"," + point + "}");
        assertEquals(202, reported.status(), reported.body());
        long id = reported.json().getJsonNumber("id").longValue();
        assertEquals(200, demo("moderator").post("api/moderation/barriers/" + id + "/decision", "{\"action\":\"PUBLISH\"}").status());
        return id;
    }

    private static String route(long organisation, String category) {
        return "{\"organisationId\":" + organisation + ",\"category\":\"" + category
                + "\",\"minLatitude\":46.19,\"minLongitude\":6.13,\"maxLatitude\":46.22,\"maxLongitude\":6.16}";
    }

    private static JsonObject met(Api client, long id, String token) {
        var reply = client.post("api/barriers/" + id + "/met", "{\"token\":\"" + token + "\"}");
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private boolean listed(String path, long id) {
        return anonymous().get(path).items().stream().map(JsonValue::asJsonObject).anyMatch(b -> b.getJsonNumber("id").longValue() == id);
    }

    private static long created(Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }
}
