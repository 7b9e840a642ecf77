package org.coproduce.operations;

import static org.coproduce.testing.Eventually.eventually;
import static org.coproduce.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.coproduce.testing.Api;
import org.coproduce.testing.Journeys;
import org.coproduce.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** What the hosting team sees: tasks that failed for good (retry, drop), health, metrics behind their token. */
public interface OperationsJourneys extends Journeys {

    @Test
    default void adminsRetryAndDropTasksThatFailedForGood() throws SQLException {
        // given up after its attempts: an analysis of a story that is not there (its handler then has nothing to do)
        long retried = failedTask();
        long dropped = failedTask();
        var admin = demo("admin");
        assertProblem(anonymous().get("api/admin/tasks?status=FAILED"), 401);
        assertProblem(demo("moderator").get("api/admin/tasks?status=FAILED"), 403);
        var failed = admin.get("api/admin/tasks?status=FAILED&size=100");
        assertEquals(200, failed.status(), failed.body());
        assertTrue(ids(failed).contains(retried) && ids(failed).contains(dropped), failed.body());
        assertEquals(java.util.List.of("status"), admin.get("api/admin/tasks?status=LOST").violatedFields());

        var retry = admin.post("api/admin/tasks/" + retried + "/retry", "");
        assertEquals(200, retry.status(), retry.body());
        assertEquals("PENDING", retry.json().getString("status"));
        eventually(() -> admin.get("api/admin/tasks?status=DONE&size=100"), r -> ids(r).contains(retried));
        assertProblem(admin.post("api/admin/tasks/" + retried + "/retry", ""), 409);

        assertEquals(204, admin.delete("api/admin/tasks/" + dropped).status());
        assertTrue(!ids(admin.get("api/admin/tasks?status=FAILED&size=100")).contains(dropped));
        assertProblem(admin.delete("api/admin/tasks/" + dropped), 404);

        var kinds = admin.get("api/admin/security-events?kind=TASK_RETRIED&size=100").body()
                + admin.get("api/admin/security-events?kind=TASK_DROPPED&size=100").body();
        assertTrue(kinds.contains("task " + retried + " ") && kinds.contains("task " + dropped + " "), kinds);
    }

    @Test
    default void healthReportsDatabaseOutboxAndSmtp() throws Exception {
        var health = raw("/health", null);
        assertEquals(200, health.statusCode(), health.body());
        var body = health.body();
        assertTrue(body.contains("\"UP\"") && body.contains("database") && body.contains("outbox") && body.contains("smtp")
                && body.contains("oldestPendingAgeSeconds"), body);
        assertEquals(200, raw("/health/ready", null).statusCode());
        assertEquals(200, raw("/health/live", null).statusCode());
    }

    @Test
    default void metricsNeedTheTokenAndNameWhatOperatorsWatch() throws Exception {
        assertEquals(401, raw("metrics", null).statusCode());
        assertEquals(401, raw("metrics", "Bearer wrong").statusCode());
        demo("admin").get("api/themes");
        var metrics = raw("metrics", "Bearer it-metrics-token");
        assertEquals(200, metrics.statusCode(), metrics.body());
        for (String name : new String[] {"coproduce_requests_seconds_count{", "coproduce_responses_total{status=\"2xx\"}",
                "coproduce_outbox_pending ", "coproduce_outbox_oldest_pending_age_seconds ", "coproduce_mails_sent_total ",
                "coproduce_mails_failed_total ", "coproduce_stories_analysed_total ", "coproduce_theme_model_info{version="}) {
            assertTrue(metrics.body().contains(name), name + " in " + metrics.body());
        }
    }

    private static java.util.List<Long> ids(org.coproduce.testing.Reply reply) {
        return reply.items().stream().map(t -> ((JsonObject) t).getJsonNumber("id").longValue()).toList();
    }

    private static long failedTask() throws SQLException {
        try (var db = TestDatabase.connect(); var insert = db.prepareStatement("insert into outbox (kind, subject_id, status, attempts,"
                + " available_at, last_error, created_at) values ('analyse-story', ?, 'FAILED', 10, ?, 'IllegalStateException: it', ?)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            var now = Timestamp.from(Instant.now());
            insert.setLong(1, -System.nanoTime());
            insert.setTimestamp(2, now);
            insert.setTimestamp(3, now);
            insert.executeUpdate();
            var keys = insert.getGeneratedKeys();
            keys.next();
            return keys.getLong(1);
        }
    }

    private HttpResponse<String> raw(String path, String authorization) throws Exception {
        // MicroProfile Health answers at the server's root, /metrics in the application
        var request = HttpRequest.newBuilder(URI.create(base().toString().replaceAll("/*$", "/")).resolve(path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try (var client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
