package org.coproduce.barriers;

import static org.coproduce.testing.Problems.assertProblem;
import static org.coproduce.testing.Problems.violated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
public interface BarriersJourneys extends Journeys {

    /** Around Geneva's station, where no other journey reports barriers. */
    String BOX = "6.13,46.19,6.16,46.22";

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
     * Two "I've met this too" of the same browser at once: this test holds the barrier's row, both
     * requests queue behind it, and once it lets go they run together. Without the lock on the
     * barrier taken first, the second hit the primary key of barrier_met and heard 500; now it
     * hears 200, not counted, the same count; a third person counts.
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
            try (var hold = db.prepareStatement("select id from barrier_report where id = ? for update")) {
                hold.setLong(1, id);
                hold.executeQuery().close();
            }
            both = List.of(metLater(browser, id, token, threads), metLater(browser, id, token, threads));
            awaitLockWaits(db, 2);
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

    /** Waits until this database has that many transactions waiting for a lock (other helpers' databases share the server). */
    private static void awaitLockWaits(Connection db, int count) throws Exception {
        for (int i = 0; i < 300; i++) {
            try (var rows = db.createStatement().executeQuery("select count(*) from information_schema.innodb_trx t"
                    + " join information_schema.processlist p on p.id = t.trx_mysql_thread_id where t.trx_state = 'LOCK WAIT' and p.db = database()")) {
                rows.next();
                if (rows.getInt(1) >= count) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the requests never waited for the barrier's row");
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
