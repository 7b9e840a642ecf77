package org.coproduce.web;

import static org.coproduce.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.coproduce.testing.Journeys;
import org.coproduce.testing.Reply;
import org.coproduce.testing.TestDatabase;
import org.coproduce.testing.TestMail;
import org.junit.jupiter.api.Test;

/** Nothing personal where it does not belong: not in caches, not in spreadsheets as formulas, not in stored errors. */
public interface PrivacyJourneys extends Journeys {

    @Test
    default void staffAndFollowAnswersAreNeverStoredPublicOnesMayBe() {
        var admin = demo("admin");
        assertEquals("no-store", admin.get("api/accounts").header("Cache-Control"));
        var told = tell(anonymous(), "Cache test");
        var follow = anonymous().get("api/follow/" + told.getString("followToken"));
        assertEquals(200, follow.status(), follow.body());
        assertEquals("no-store", follow.header("Cache-Control"));
        assertNull(anonymous().get("api/services").header("Cache-Control"), "public reads keep their headers");
        assertNull(anonymous().get("api/services").header("Strict-Transport-Security"), "no HSTS over plain http");
    }

    @Test
    default void refusesAChunkedBodyOverTheLimitWithAProblem() throws Exception {
        byte[] big = ("{\"title\":\"" + "x".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(anonymous().uri("api/stories")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();
        try (var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertProblem(new Reply(response.statusCode(), response.headers(), response.body()), 413);
            byte[] small = Journeys.submission(emergencyDepartment(), "Chunked but small").getBytes(StandardCharsets.UTF_8);
            var fine = client.send(HttpRequest.newBuilder(anonymous().uri("api/stories")).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(small))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(202, fine.statusCode(), "a chunked body under the limit is read: " + fine.body());
        }
    }

    @Test
    default void csvExportsNeutraliseFormulas() {
        var admin = demo("admin");
        var service = admin.post("api/services", "{\"organisationId\":" + organisationNamed("Aire Valley Hospital North")
                + ",\"name\":\"Privacy clinic " + UUID.randomUUID() + "\",\"category\":\"HEALTH\",\"country\":\"GB\"}");
        assertEquals(201, service.status(), service.body());
        long serviceId = service.json().getJsonNumber("id").longValue();
        var told = anonymous().post("api/stories", "{\"serviceIds\":[" + serviceId + "],\"relation\":\"SERVICE_USER\","
                + "\"happened\":\"2026-09\",\"title\":\"Formula\",\"story\":\"I waited for hours.\"}");
        assertEquals(202, told.status(), told.body());
        long id = told.json().getJsonNumber("id").longValue();
        var moderator = demo("moderator");
        var view = org.coproduce.testing.Eventually.eventually(() -> moderator.get("api/moderation/stories/" + id), r -> true);
        var published = moderator.post("api/moderation/stories/" + id + "/decision", "{\"action\":\"PUBLISH\",\"version\":"
                + view.json().getJsonNumber("version") + ",\"title\":\"=cmd|' /C calc'!A0\",\"text\":\"@SUM(1+1)*cmd|' /C calc'!A0\","
                + "\"criticality\":2}");
        assertEquals(200, published.status(), published.body());
        var csv = org.coproduce.testing.Eventually.eventually(
                () -> admin.get("api/outcomes/stories/export.csv?service=" + serviceId, "text/csv"), r -> r.body().contains("calc"));
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.body().contains(",'=cmd|' /C calc'!A0,"), csv.body());
        assertTrue(csv.body().contains(",'@SUM(1+1)*cmd|' /C calc'!A0,"), csv.body());
        assertFalse(csv.body().contains(",=cmd"), csv.body());
    }

    @Test
    default void outboxErrorsKeepNoEmailAddress() throws Exception {
        String email = "privacy-" + UUID.randomUUID() + "@example.org";
        String[] error = new String[1];
        TestMail.refusing(() -> {
            var told = anonymous().post("api/stories", Journeys.submission(emergencyDepartment(), "Refused mail")
                    .replace("teller@example.org", email));
            assertEquals(202, told.status(), told.body());
            long id = told.json().getJsonNumber("id").longValue();
            long end = System.nanoTime() + Duration.ofSeconds(150).toNanos();
            while (error[0] == null && System.nanoTime() < end) {
                Thread.sleep(500);
                try (var db = TestDatabase.connect(); var query = db.prepareStatement(
                        "select last_error from outbox where kind = 'email-follow-link' and subject_id = ?")) {
                    query.setLong(1, id);
                    try (var rows = query.executeQuery()) {
                        if (rows.next()) {
                            error[0] = rows.getString(1);
                        }
                    }
                }
            }
        });
        assertNotNull(error[0], "the refused e-mail is recorded as an error");
        assertTrue(error[0].contains("550"), error[0]);
        assertFalse(error[0].contains(email), error[0]);
        assertFalse(error[0].contains("privacy-"), error[0]);
        assertTrue(error[0].contains("p***@example.org"), error[0]);
    }
}
