package org.coproduce.barriers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.coproduce.photos.TestPhotos;
import org.coproduce.testing.Api;
import org.coproduce.testing.Journeys;
import org.coproduce.testing.Reply;
import org.coproduce.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * A page of barriers costs the same number of SQL statements however many barriers it holds: the
 * reports, their routing, status histories, photos and organisations' names are each read for the
 * whole page at once. Counted on the wire, by the database proxy the app connects through.
 */
public interface BarrierListJourneys extends Journeys {

    /** Around Fribourg, where no other journey reports barriers. */
    String FRIBOURG = "7.14,46.79,7.16,46.81";

    /** What a barrier's view reads; the statements about anything else (a session, the clock of a background job) are not counted. */
    List<String> TABLES = List.of("barrier_report", "barrier_routed", "barrier_status", "story_photo", "organisation");

    @Test
    default void aPageOfTwelveBarriersCostsAsManyStatementsAsAPageOfTwo() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        var admin = demo("admin");
        long org = created(admin.post("api/organisations", "{\"name\":\"Fribourg lifts " + run + "\",\"country\":\"CH\"}"));
        created(admin.post("api/barrier-routes", "{\"organisationId\":" + org + ",\"category\":\"LIFT_BROKEN\","
                + "\"minLatitude\":46.79,\"minLongitude\":7.14,\"maxLatitude\":46.81,\"maxLongitude\":7.16}"));
        var responder = as(newResponder("fribourg", "Fribourg responder", org), "a long enough password");
        var moderator = demo("moderator");
        for (int i = 0; i < 2; i++) {
            listedBarrier(moderator, responder, run, i);
        }
        String list = "api/barriers?size=20&bbox=" + FRIBOURG;
        String routed = "api/barriers/routed?size=20&organisation=" + org;
        int publicForTwo = statements(anonymous(), list, 2);
        int staffForTwo = statements(responder, routed, 2);
        for (int i = 2; i < 12; i++) {
            listedBarrier(moderator, responder, run, i);
        }
        int publicForTwelve = statements(anonymous(), list, 12);
        int staffForTwelve = statements(responder, routed, 12);
        System.out.printf("barrier list statements: public %d for 2, %d for 12; staff %d for 2, %d for 12%n",
                publicForTwo, publicForTwelve, staffForTwo, staffForTwelve);
        assertEquals(publicForTwo, publicForTwelve, "the public list: statements for 2 barriers, then for 12");
        assertEquals(staffForTwo, staffForTwelve, "the staff's list: statements for 2 barriers, then for 12");
        assertTrue(publicForTwelve <= 8, "a page is read in a handful of statements: " + publicForTwelve);

        var first = anonymous().get(list).items().getJsonObject(0);
        assertEquals("Fribourg lifts " + run, first.getJsonArray("organisations").getJsonObject(0).getString("name"));
        assertEquals("CONFIRMED", first.getJsonArray("history").getJsonObject(0).getString("status"));
        assertEquals("Fribourg lifts " + run, first.getJsonArray("history").getJsonObject(0).getString("organisationName"));
        assertEquals("The lift door " + run + " 11", first.getJsonArray("photos").getJsonObject(0).getString("alt"));
        assertFalse(first.containsKey("exactLatitude") && !first.isNull("exactLatitude"), "no exact point in public");
    }

    /**
     * The fewest statements the app sent while answering the list, over five tries (a background
     * job may speak at the same time: it can only add), after checking the page holds them all.
     */
    private static int statements(Api client, String path, int barriers) throws Exception {
        var heard = new ConcurrentLinkedQueue<String>();
        int fewest = Integer.MAX_VALUE;
        try (var listening = TestDatabase.proxy().listen(heard::add)) {
            for (int attempt = 0; attempt < 5; attempt++) {
                heard.clear();
                var reply = client.get(path);
                assertEquals(200, reply.status(), reply.body());
                assertEquals(barriers, reply.items().size(), reply.body());
                assertFalse(heard.isEmpty(), "the proxy hears the app's SQL (a connection without TLS)");
                fewest = Math.min(fewest, (int) heard.stream().map(s -> s.toLowerCase(Locale.ROOT))
                        .filter(s -> TABLES.stream().anyMatch(s::contains)).count());
            }
        }
        return fewest;
    }

    /** A lift reported in Fribourg with a photo, published (routed to the organisation) and confirmed by its responder. */
    private void listedBarrier(Api moderator, Api responder, String run, int n) {
        var reported = anonymous().post("api/barriers", "{\"category\":\"LIFT_BROKEN\",\"place\":\"Fribourg lift " + run + " " + n
                + "\",\"description\":\"Out of order.\",\"latitude\":46.80" + n % 10 + ",\"longitude\":7.15" + n % 10 + "}");
        assertEquals(202, reported.status(), reported.body());
        long id = reported.json().getJsonNumber("id").longValue();
        var photo = anonymous().post("api/barriers/reported/" + reported.json().getString("eraseToken") + "/photos?alt="
                + URLEncoder.encode("The lift door " + run + " " + n, StandardCharsets.UTF_8), "image/png", TestPhotos.png(40, 30));
        assertEquals(201, photo.status(), photo.body());
        assertEquals(200, moderator.post("api/moderation/barriers/" + id + "/decision", "{\"action\":\"PUBLISH\"}").status());
        var confirmed = responder.put("api/barriers/" + id + "/status", "{\"status\":\"CONFIRMED\",\"note\":\"Seen " + n + "\"}");
        assertEquals(200, confirmed.status(), confirmed.body());
    }

    private static long created(Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    /**
     * Six photos sent at once to a report without any: three are kept, three refused naming the
     * photo, none fails. The test holds the report's row until all six wait for it, so each has
     * read before any other was stored (under repeatable read a plain count would then see none).
     */
    @Test
    default void sixPhotosSentAtOnceToAReportKeepThreeAndRefuseTheRest() throws Exception {
        var reported = anonymous().post("api/barriers", "{\"category\":\"NO_STEP_FREE_ACCESS\",\"place\":\"Six photos at once\","
                + "\"description\":\"Steps.\",\"latitude\":46.2071,\"longitude\":6.1401}");
        assertEquals(202, reported.status(), reported.body());
        long id = reported.json().getJsonNumber("id").longValue();
        String photos = "api/barriers/reported/" + reported.json().getString("eraseToken") + "/photos";
        var replies = new ArrayList<Reply>();
        try (var threads = Executors.newFixedThreadPool(6)) {
            List<Future<Reply>> sent;
            try (var db = TestDatabase.connect()) {
                db.setAutoCommit(false);
                try (var hold = db.prepareStatement("select id from barrier_report where id = ? lock in share mode")) {
                    hold.setLong(1, id);
                    hold.executeQuery().close();
                }
                sent = IntStream.range(0, 6).mapToObj(n -> threads.submit(
                        () -> anonymous().post(photos + "?alt=Photo+" + n, "image/png", TestPhotos.png(60 + n, 40)))).toList();
                LockWaits.await(db, 6);
                db.rollback();
            }
            for (var reply : sent) {
                replies.add(reply.get(60, TimeUnit.SECONDS));
            }
        }
        assertEquals(3, replies.stream().filter(r -> r.status() == 201).count(), replies.toString());
        for (var refused : replies.stream().filter(r -> r.status() != 201).toList()) {
            assertEquals(400, refused.status(), refused.body());
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
            assertEquals(List.of("photo"), refused.violatedFields());
        }
        try (var db = TestDatabase.connect(); var row = db.createStatement().executeQuery(
                "select count(*), (select count(*) from photo_data d join story_photo p on p.id = d.photo_id where p.barrier_id = " + id
                        + ") from story_photo where barrier_id = " + id)) {
            row.next();
            assertEquals(3, row.getInt(1), "rows");
            assertEquals(3, row.getInt(2), "bytes in the store");
        }
        var listed = anonymous().get(photos);
        assertEquals(3, listed.array().size(), listed.body());
    }

    /**
     * The reporter lists their photos through the private link (no-store), sees one, takes it back
     * (row and bytes gone, the trail says so without its description), cannot take back another
     * report's; once the report is decided, no more.
     */
    @Test
    default void theReporterTakesAPhotoBackThroughThePrivateLinkUntilTheReportIsDecided() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        var reported = anonymous().post("api/barriers", "{\"category\":\"NO_STEP_FREE_ACCESS\",\"place\":\"Taken back " + run + "\","
                + "\"description\":\"Steps.\",\"latitude\":46.2071,\"longitude\":6.1401}");
        assertEquals(202, reported.status(), reported.body());
        long id = reported.json().getJsonNumber("id").longValue();
        String photos = "api/barriers/reported/" + reported.json().getString("eraseToken") + "/photos";
        var other = anonymous().post("api/barriers", "{\"category\":\"NO_STEP_FREE_ACCESS\",\"place\":\"Another " + run + "\","
                + "\"description\":\"Steps.\",\"latitude\":46.2071,\"longitude\":6.1401}").json();
        String otherPhotos = "api/barriers/reported/" + other.getString("eraseToken") + "/photos";
        long kept = photo(anonymous().post(photos + "?alt=The+ramp+" + run, "image/png", TestPhotos.png(50, 40)));
        long taken = photo(anonymous().post(photos + "?alt=My+neighbour+" + run, "image/png", TestPhotos.png(40, 50)));
        long others = photo(anonymous().post(otherPhotos + "?alt=Elsewhere", "image/png", TestPhotos.png(40, 40)));

        var listed = anonymous().get(photos);
        assertEquals(200, listed.status(), listed.body());
        assertEquals("no-store", listed.header("Cache-Control"));
        assertEquals(List.of(kept, taken), listed.array().stream().map(p -> p.asJsonObject().getJsonNumber("id").longValue()).toList());
        var first = listed.array().getJsonObject(0);
        assertEquals("The ramp " + run, first.getString("alt"));
        assertEquals(photos + "/" + kept, first.getString("url"));
        var jpeg = anonymous().download(first.getString("url"));
        assertEquals(200, jpeg.statusCode());
        assertEquals("image/jpeg", jpeg.headers().firstValue("Content-Type").orElse(""));
        assertEquals("no-store", jpeg.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(404, anonymous().download(photos + "/" + others).statusCode(), "another report's photo");

        assertEquals(404, anonymous().delete(photos + "/" + others).status(), "another report's photo");
        assertEquals(404, anonymous().delete(photos + "/nope").status());
        var removed = anonymous().delete(photos + "/" + taken);
        assertEquals(204, removed.status(), removed.body());
        assertEquals("no-store", removed.header("Cache-Control"));
        assertEquals(404, anonymous().delete(photos + "/" + taken).status(), "gone");
        assertEquals(1, anonymous().get(photos).array().size());
        assertEquals(1, anonymous().get(otherPhotos).array().size(), "the other report keeps its photo");
        try (var db = TestDatabase.connect(); var row = db.createStatement().executeQuery("select (select count(*) from story_photo where id = "
                + taken + "), (select count(*) from photo_data where photo_id = " + taken + "), (select count(*) from moderation_item_decision"
                + " where item_kind = 'BARRIER' and item_id = " + id + " and action = 'PHOTO_TAKEN_BACK' and moderator_id is null"
                + " and reason is null), (select count(*) from moderation_item_decision where reason like '%neighbour " + run + "%')")) {
            row.next();
            assertEquals(List.of(0, 0, 1, 0), List.of(row.getInt(1), row.getInt(2), row.getInt(3), row.getInt(4)),
                    "no row, no bytes, one line in the trail without the description");
        }

        var moderator = demo("moderator");
        JsonObject seen = moderator.get("api/moderation/barriers/" + id).json();
        assertEquals(1, seen.getJsonArray("photos").size(), seen.toString());
        assertEquals(200, moderator.post("api/moderation/barriers/" + id + "/decision", "{\"action\":\"PUBLISH\",\"version\":"
                + seen.getJsonNumber("version") + "}").status());
        var late = anonymous().delete(photos + "/" + kept);
        assertEquals(409, late.status(), late.body());
        assertTrue(late.contentType().startsWith("application/problem+json"), late.contentType());
        assertEquals(1, anonymous().get("api/barriers/" + id).json().getJsonArray("photos").size(), "published with it");
    }

    private static long photo(Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }
}
