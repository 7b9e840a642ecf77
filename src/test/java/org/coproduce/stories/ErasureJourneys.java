package org.coproduce.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.coproduce.testing.Api;
import org.coproduce.testing.DatabaseDump;
import org.coproduce.testing.Journeys;
import org.coproduce.testing.TestDatabase;
import org.coproduce.testing.TestMail;
import org.junit.jupiter.api.Test;

/**
 * The storyteller's rights (issue 13): access to everything held, correcting the address, and
 * erasure, through the follow link and without it; after a withdrawal, a dump of the whole
 * database holds nothing the storyteller gave.
 */
public interface ErasureJourneys extends Journeys {

    @Test
    default void afterAFullStoryLifeAndWithdrawalTheDatabaseHoldsNothingOfTheStoryteller() throws Exception {
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        String email = "teller-" + marker + "@example.org";
        String corrected = "corrected-" + marker + "@example.org";
        String other = "metoo-" + marker + "@example.org";
        var random = new Random();
        String latitude = "51." + (100_007 + random.nextInt(899_990) / 10 * 10);
        String longitude = "-0." + (100_007 + random.nextInt(899_990) / 10 * 10);
        var storyteller = anonymous();
        var told = storyteller.post("api/stories", "{\"serviceIds\":[" + emergencyDepartment() + "],\"relation\":\"SERVICE_USER\","
                + "\"happened\":\"2026-09\",\"title\":\"Erasure " + marker + "\",\"story\":\"I waited long, " + marker + "-story.\","
                + "\"good\":\"" + marker + "-good\",\"improve\":\"" + marker + "-improve\",\"feeling\":\"" + marker + "-feeling\","
                + "\"email\":\"" + email + "\",\"latitude\":" + latitude + ",\"longitude\":" + longitude + "}");
        assertEquals(202, told.status(), told.body());
        long id = told.json().getJsonNumber("id").longValue();
        String follow = "api/follow/" + told.json().getString("followToken");
        var moderator = demo("moderator");
        publishWithMarker(moderator, id, marker);
        answeredQuotingTheStory(moderator, id, marker);
        assertEquals(202, storyteller.post(follow + "/replies", "{\"text\":\"Thanks, " + marker + "-reply\"}").status());
        rejectTheReply(moderator, marker);
        var reader = anonymous();
        assertEquals(1, reader.post("api/stories/" + id + "/me-too", "").json().getInt("meToo"));
        reader.post("api/stories/" + id + "/me-too/contact", "{\"email\":\"" + other + "\"}");

        theExportHoldsEverything(storyteller, follow, marker, email, latitude);
        theAddressIsCorrected(storyteller, follow, corrected, id);
        String before = DatabaseDump.dump();
        assertTrue(before.contains(marker + "-story") && before.contains(corrected),
                "the dump shows the story while it is there");
        assertFalse(before.contains(latitude) || before.contains(longitude), "the exact point went at publication already");

        assertEquals(204, storyteller.delete(follow).status());
        var withdrawn = storyteller.get(follow).json();
        assertEquals("WITHDRAWN", withdrawn.getString("status"));
        assertTrue(!withdrawn.containsKey("rejectionReason") || withdrawn.isNull("rejectionReason"), "no rejection reason left");
        theOutboxSettles(id);
        String after = DatabaseDump.dump();
        for (String personal : List.of(marker, email, corrected, other, latitude, longitude)) {
            assertFalse(after.contains(personal), personal + " is left in the database: " + around(after, personal));
        }
        noHashesOfTheStorytellerLeft(id);
        assertEquals(0, outboxErrorsAbout(id), "no outbox error text about the withdrawn story");
    }

    @Test
    default void aStorytellerWithoutTheLinkErasesTheStoriesSentWithTheirAddress() throws Exception {
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        String address = "lost-" + marker + "@example.org";
        var first = tellWithAddress(address, marker + "-first");
        var second = tellWithAddress(address, marker + "-second");
        var visitor = anonymous();
        assertEquals(400, visitor.post("api/erasure-requests", "{\"email\":\"not an address\"}").status());
        assertEquals(List.of("email"), visitor.post("api/erasure-requests", "{\"email\":\"not an address\"}").violatedFields());
        assertEquals(202, visitor.post("api/erasure-requests", "{\"email\":\"nobody-" + marker + "@example.org\"}").status(),
                "the same answer for an unknown address");
        assertEquals(202, visitor.post("api/erasure-requests", "{\"email\":\"" + address.toUpperCase() + "\",\"language\":\"en\"}")
                .status());
        var mail = TestMail.awaitMessage(address, "erase your stories", Duration.ofSeconds(60))
                .orElseThrow(() -> new AssertionError("the erasure link is e-mailed to the address"));
        assertFalse(mail.body().contains(marker), "no story text in the e-mail");
        String token = mail.body().substring(mail.body().indexOf("/erase.html#") + 12).split("\\s")[0];
        assertTrue(TestMail.awaitMessage("nobody-" + marker + "@example.org", "erase", Duration.ofSeconds(2)).isEmpty());

        var listed = anonymous().get("api/erasure-requests/" + token);
        assertEquals(200, listed.status(), listed.body());
        assertEquals("no-store", listed.header("Cache-Control"));
        var stories = listed.json().getJsonArray("stories");
        assertEquals(2, stories.size());
        assertTrue(stories.getJsonObject(0).getString("excerpt").contains(marker + "-first"));
        var erased = anonymous().post("api/erasure-requests/" + token + "/confirmation", "{\"storyIds\":[" + first.getJsonNumber("id") + "]}");
        assertEquals(200, erased.status(), erased.body());
        assertEquals(1, erased.json().getInt("erased"));
        assertEquals("WITHDRAWN", anonymous().get("api/follow/" + first.getString("followToken")).json().getString("status"));
        assertEquals("RECEIVED", anonymous().get("api/follow/" + second.getString("followToken")).json().getString("status"),
                "only the chosen story is erased");
        assertEquals(404, anonymous().get("api/erasure-requests/" + token).status(), "the link works once");
        assertEquals(404, anonymous().post("api/erasure-requests/" + token + "/confirmation", "{}").status());
    }

    /**
     * One address told a story and sent two barrier reports (one published): one link lists all
     * three, ticked, and erases them all: the story withdrawn, the pending report deleted, the
     * published one a tombstone, the reports' photos gone; the link, and the reports' private links, work no more.
     */
    @Test
    default void oneLinkErasesTheStoriesAndTheBarrierReportsSentWithAnAddress() throws Exception {
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        String address = "both-" + marker + "@example.org";
        var story = tellWithAddress(address, marker + "-told");
        var pending = reportWithAddress(address, "Pending " + marker);
        var published = reportWithAddress(address.toUpperCase(), "Published " + marker);
        long publishedId = published.getJsonNumber("id").longValue();
        for (var report : List.of(pending, published)) {
            assertEquals(201, anonymous().post("api/barriers/reported/" + report.getString("eraseToken") + "/photos?alt=Steps", "image/png",
                    org.coproduce.photos.TestPhotos.png(40, 30)).status());
        }
        assertEquals(200, demo("moderator").post("api/moderation/barriers/" + publishedId + "/decision", "{\"action\":\"PUBLISH\"}")
                .status());
        assertEquals(202, anonymous().post("api/erasure-requests", "{\"email\":\"" + address + "\",\"language\":\"en\"}").status());
        var mail = TestMail.awaitMessage(address, "erase your stories", Duration.ofSeconds(60))
                .orElseThrow(() -> new AssertionError("the erasure link is e-mailed to the address"));
        assertFalse(mail.body().contains(marker), "no words of the sender in the e-mail");
        assertEquals(1, TestMail.messagesTo(address, "erase").size(), "one link for everything");
        String token = mail.body().substring(mail.body().indexOf("/erase.html#") + 12).split("\\s")[0];

        var listed = anonymous().get("api/erasure-requests/" + token).json();
        assertEquals(1, listed.getJsonArray("stories").size());
        var barriers = listed.getJsonArray("barriers");
        assertEquals(List.of("Pending " + marker, "Published " + marker),
                barriers.stream().map(v -> v.asJsonObject().getString("title")).toList());
        assertEquals("PUBLISHED", barriers.getJsonObject(1).getString("status"));
        var erased = anonymous().post("api/erasure-requests/" + token + "/confirmation", "{\"storyIds\":[" + story.getJsonNumber("id")
                + "],\"barrierIds\":[" + pending.getJsonNumber("id") + "," + publishedId + "]}");
        assertEquals(200, erased.status(), erased.body());
        assertEquals(3, erased.json().getInt("erased"));
        assertEquals("WITHDRAWN", anonymous().get("api/follow/" + story.getString("followToken")).json().getString("status"));
        assertEquals(404, anonymous().get("api/barriers/" + publishedId).status(), "the published report left the public");
        assertEquals(404, anonymous().get("api/barriers/erasure/" + pending.getString("eraseToken")).status());
        assertEquals(404, anonymous().get("api/barriers/erasure/" + published.getString("eraseToken")).status());
        try (var db = TestDatabase.connect(); var rows = db.createStatement().executeQuery("select id, state, place, email from barrier_report"
                + " where id in (" + pending.getJsonNumber("id") + "," + publishedId + ")")) {
            assertTrue(rows.next(), "the published report stays as a tombstone");
            assertEquals(publishedId, rows.getLong(1), "the pending report is deleted");
            assertEquals("WITHDRAWN", rows.getString(2));
            assertEquals("", rows.getString(3));
            assertEquals(null, rows.getString(4));
            assertFalse(rows.next());
        }
        try (var db = TestDatabase.connect(); var rows = db.createStatement().executeQuery("select count(*) from story_photo"
                + " where barrier_id in (" + pending.getJsonNumber("id") + "," + publishedId + ")")) {
            assertTrue(rows.next());
            assertEquals(0, rows.getInt(1), "the reports' photos are erased with them");
        }
        assertEquals(404, anonymous().get("api/erasure-requests/" + token).status(), "the link works once");
    }

    private JsonObject reportWithAddress(String address, String place) {
        var reply = anonymous().post("api/barriers", "{\"category\":\"NO_STEP_FREE_ACCESS\",\"place\":\"" + place + "\","
                + "\"description\":\"Three steps.\",\"latitude\":46.2071,\"longitude\":6.1401,\"email\":\"" + address + "\"}");
        assertEquals(202, reply.status(), reply.body());
        return reply.json();
    }

    private JsonObject tellWithAddress(String address, String text) {
        var told = anonymous().post("api/stories", "{\"serviceIds\":[" + emergencyDepartment() + "],\"relation\":\"SERVICE_USER\","
                + "\"happened\":\"2026-09\",\"title\":\"Lost link\",\"story\":\"" + text + "\",\"email\":\"" + address + "\"}");
        assertEquals(202, told.status(), told.body());
        return told.json();
    }

    private static void publishWithMarker(Api moderator, long id, String marker) {
        long version = moderator.get("api/moderation/stories/" + id).json().getJsonNumber("version").longValue();
        var published = moderator.post("api/moderation/stories/" + id + "/decision", "{\"action\":\"PUBLISH\",\"version\":" + version
                + ",\"title\":\"Published " + marker + "\",\"text\":\"Moderated " + marker + "-published\",\"criticality\":1,"
                + "\"themes\":[{\"code\":\"waiting\",\"polarity\":\"IMPROVE\"}]}");
        assertEquals(200, published.status(), published.body());
    }

    /** A responder's answer that quotes the story (its first answer, moderated, then published). */
    private void answeredQuotingTheStory(Api moderator, long id, String marker) {
        long organisation = anonymous().get("api/services/" + emergencyDepartment()).json().getJsonNumber("organisationId").longValue();
        var responder = as(newResponder("erasure", "Sam Erasure", organisation), "a long enough password");
        var response = responder.post("api/stories/" + id + "/responses", "{\"text\":\"You wrote " + marker + "-story; sorry.\"}");
        assertEquals(201, response.status(), response.body());
        long responseId = response.json().getJsonNumber("id").longValue();
        assertEquals(200, moderator.post("api/moderation/replies/" + responseId + "/decision", "{\"action\":\"PUBLISH\"}").status());
        assertEquals(1, anonymous().post("api/responses/" + responseId + "/helpful", "").json().getInt("helpful"));
    }

    private static void rejectTheReply(Api moderator, String marker) {
        var reply = moderator.get("api/moderation/replies?size=100").items().stream().map(v -> v.asJsonObject())
                .filter(r -> r.getString("text").contains(marker + "-reply")).findFirst().orElseThrow();
        var rejected = moderator.post("api/moderation/replies/" + reply.getJsonNumber("id") + "/decision",
                "{\"action\":\"REJECT\",\"reasonCode\":\"OTHER\",\"reason\":\"Names " + marker + "-note\"}");
        assertEquals(200, rejected.status(), rejected.body());
    }

    private static void theExportHoldsEverything(Api storyteller, String follow, String marker, String email, String latitude) {
        var export = storyteller.get(follow + "/export");
        assertEquals(200, export.status(), export.body());
        assertTrue(export.header("Content-Disposition").startsWith("attachment"));
        assertEquals("no-store", export.header("Cache-Control"));
        var json = export.json();
        assertEquals(email, json.getString("email"));
        assertTrue(json.getJsonObject("told").getString("story").contains(marker + "-story"));
        assertEquals(marker + "-feeling", json.getJsonObject("told").getString("feeling"));
        // published: the exact point told was erased at publication (docs/privacy.md, Places); the
        // export holds what is kept, the public point (here the service's position), and says so
        assertTrue(!json.containsKey("exactPlace") || json.isNull("exactPlace"), "the exact point went at publication: " + json);
        assertNotEquals(Double.parseDouble(latitude), json.getJsonNumber("latitude").doubleValue(), 1e-9);
        assertEquals("Moderated " + marker + "-published", json.getString("publishedText"));
        assertEquals(1, json.getInt("meToo"));
        assertEquals("waiting", json.getJsonArray("themes").getJsonObject(0).getString("code"));
        assertTrue(json.getJsonArray("responses").toString().contains("You wrote"));
    }

    /** Corrected while the mail server refuses it, so the outbox keeps an error about the story, then sent. */
    private static void theAddressIsCorrected(Api storyteller, String follow, String corrected, long id) throws Exception {
        var wrong = storyteller.put(follow + "/email", "{\"email\":\"not an address\"}");
        assertEquals(400, wrong.status());
        assertEquals(List.of("email"), wrong.violatedFields());
        TestMail.refusing(() -> {
            assertEquals(204, storyteller.put(follow + "/email", "{\"email\":\"" + corrected + "\"}").status());
            long end = System.currentTimeMillis() + 150_000;
            while (outboxErrorsAbout(id) == 0 && System.currentTimeMillis() < end) {
                Thread.sleep(500);
            }
        });
        assertTrue(outboxErrorsAbout(id) > 0, "the refused follow-link e-mail left an error in the outbox");
        assertEquals(corrected, storyteller.get(follow + "/export").json().getString("email"));
        assertTrue(TestMail.awaitMessage(corrected, "follow your story", Duration.ofSeconds(60)).isPresent(),
                "the new address gets the follow link");
    }

    /** Until no task about the story is waiting (the count after the withdrawal, mails given up on). */
    private static void theOutboxSettles(long id) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            try (var db = TestDatabase.connect(); var rows = db.createStatement().executeQuery(
                    "select count(*) from outbox where status = 'PENDING' and subject_id = " + id)) {
                rows.next();
                if (rows.getLong(1) == 0) {
                    return;
                }
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("outbox tasks about story " + id + " still pending after a minute");
            }
            Thread.sleep(500);
        }
    }

    private static long outboxErrorsAbout(long id) throws Exception {
        try (var db = TestDatabase.connect(); var rows = db.createStatement().executeQuery("select count(*) from outbox where"
                + " kind in ('email-follow-link', 'analyse-story', 'email-storyteller-response') and last_error is not null"
                + " and subject_id = " + id)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void noHashesOfTheStorytellerLeft(long id) throws Exception {
        try (var db = TestDatabase.connect(); var rows = db.createStatement().executeQuery(
                "select client_hash, request_hash, rejection_reason, latitude, longitude from story where id = " + id)) {
            assertTrue(rows.next());
            for (int column = 1; column <= 5; column++) {
                assertEquals(null, rows.getString(column), "story column " + column);
            }
        }
        try (var db = TestDatabase.connect(); var rows = db.createStatement().executeQuery(
                "select count(*) from reaction where subject_kind = 'STORY' and subject_id = " + id)) {
            rows.next();
            assertEquals(0, rows.getLong(1), "no reactions (client hashes) to the withdrawn story");
        }
    }

    private static String around(String text, String found) {
        int at = text.indexOf(found);
        return at < 0 ? "" : text.substring(Math.max(0, at - 300), Math.min(text.length(), at + 100));
    }
}
