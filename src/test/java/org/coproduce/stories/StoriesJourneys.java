package org.coproduce.stories;

import static org.coproduce.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.coproduce.testing.Journeys;
import org.coproduce.testing.Reply;
import org.coproduce.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** Telling, following, reacting to and withdrawing a story, through the API. */
public interface StoriesJourneys extends Journeys {

    @Test
    default void acceptsAStoryWithoutAnAccountAndKeepsItPrivateUntilPublished() {
        var storyteller = anonymous();
        var received = tell(storyteller, "Private until published");
        long id = received.getJsonNumber("id").longValue();
        var follow = storyteller.get("api/follow/" + received.getString("followToken")).json();
        assertEquals("RECEIVED", follow.getString("status"));
        assertEquals("UNHEARD", follow.getString("progress"));
        assertEquals(404, anonymous().get("api/stories/" + id).status());
        assertEquals(404, anonymous().get("api/follow/not-a-real-token").status());
    }

    @Test
    default void answersARetryWithTheSameIdempotencyKeyWithTheSameStory() {
        var api = anonymous();
        String key = UUID.randomUUID().toString();
        String body = Journeys.submission(emergencyDepartment(), "Retried");
        var first = api.post("api/stories", body, "Idempotency-Key", key);
        var second = api.post("api/stories", body, "Idempotency-Key", key);
        assertEquals(202, second.status());
        assertEquals(first.json().getJsonNumber("id"), second.json().getJsonNumber("id"));
        assertEquals(first.json().getString("followToken"), second.json().getString("followToken"));
        var different = api.post("api/stories", Journeys.submission(emergencyDepartment(), "Something else"), "Idempotency-Key", key);
        assertProblem(different, 422);
    }

    @Test
    default void slowsDownBurstsFromOneClient() {
        var api = anonymous();
        // COPRODUCE_STORY_RATE_LIMIT is 20 in the ITs (the browser journeys of one run all tell from 127.0.0.1)
        for (int i = 0; i < 20; i++) {
            assertEquals(202, api.post("api/stories", Journeys.submission(emergencyDepartment(), "Burst " + i)).status());
        }
        var refused = api.post("api/stories", Journeys.submission(emergencyDepartment(), "One too many"));
        assertProblem(refused, 429);
        assertTrue(Long.parseLong(refused.header("Retry-After")) > 0);
        assertEquals(202, anonymous().post("api/stories", Journeys.submission(emergencyDepartment(), "Another client")).status());
    }

    @Test
    default void namesTheFieldsOfAnInvalidStory() {
        var api = anonymous();
        var reply = api.post("api/stories", "{\"relation\":\"ALIEN\",\"happened\":\"2026-13\",\"title\":\"\"}");
        assertProblem(reply, 400);
        assertTrue(reply.violatedFields().containsAll(List.of("happened", "title")), reply.body());
        var noText = api.post("api/stories", "{\"serviceIds\":[" + emergencyDepartment()
                + "],\"relation\":\"CARER\",\"happened\":\"2026-01\",\"title\":\"Hi\"}");
        assertEquals(List.of("story"), noText.violatedFields());
        var unknownService = api.post("api/stories", "{\"serviceIds\":[999999],\"relation\":\"CARER\",\"happened\":\"2026-01\","
                + "\"title\":\"Hi\",\"story\":\"x\"}");
        assertEquals(List.of("serviceIds"), unknownService.violatedFields());
    }

    /**
     * A real deadlock: this test's own transaction holds the story row and a lot of work, the
     * reader's "me too" holds its new reaction row and waits for the story; the test then reaches
     * for the reaction, and InnoDB rolls back the lighter transaction, the request's. The reader
     * still hears 200, counted once, because the request runs again.
     */
    @Test
    default void countsAReactionWhoseTransactionLostADeadlock() throws Exception {
        long id = told("Deadlock");
        publish(id, 1);
        var reader = anonymous();
        CompletableFuture<Reply> meToo;
        try (var db = TestDatabase.connect()) {
            db.setAutoCommit(false);
            holdTheStoryAfterMuchWork(db, id);
            meToo = CompletableFuture.supplyAsync(() -> reader.post("api/stories/" + id + "/me-too", ""));
            awaitLockWait(db);
            try (var rows = db.createStatement().executeQuery("select count(*) from reaction where subject_kind = 'STORY'"
                    + " and subject_id = " + id + " for update")) {
                assertTrue(rows.next());
                assertEquals(0, rows.getInt(1), "the request was the deadlock's victim and rolled back");
            }
            db.rollback();
        }
        var answer = meToo.get(60, TimeUnit.SECONDS);
        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.json().getBoolean("counted"));
        assertEquals(1, anonymous().get("api/stories/" + id).json().getInt("meToo"));
    }

    /** 200 reaction rows, then a lock on the story row: a heavy transaction the deadlock detector spares. */
    private static void holdTheStoryAfterMuchWork(Connection db, long id) throws Exception {
        try (var heavy = db.prepareStatement("insert into reaction (subject_kind, subject_id, client_hash, created_at)"
                + " values ('TEST', ?, ?, current_timestamp)")) {
            for (int i = 0; i < 200; i++) {
                heavy.setLong(1, id);
                heavy.setString(2, "%064d".formatted(i));
                heavy.addBatch();
            }
            heavy.executeBatch();
        }
        db.createStatement().executeUpdate("update story set me_too = me_too where id = " + id);
    }

    /** Waits until some transaction waits for a lock (the request, for the story row this test holds). */
    private static void awaitLockWait(Connection db) throws Exception {
        for (int i = 0; i < 300; i++) {
            try (var rows = db.createStatement().executeQuery(
                    "select count(*) from information_schema.innodb_trx where trx_state = 'LOCK WAIT'")) {
                rows.next();
                if (rows.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the request never waited for the story row");
    }

    @Test
    default void withdrawingErasesThePersonalData() throws Exception {
        var storyteller = anonymous();
        var received = tell(storyteller, "Withdraw me");
        long id = received.getJsonNumber("id").longValue();
        publish(id, 1);
        String follow = "api/follow/" + received.getString("followToken");
        assertEquals(204, storyteller.delete(follow).status());
        assertEquals("WITHDRAWN", storyteller.get(follow).json().getString("status"));
        assertEquals(404, anonymous().get("api/stories/" + id).status());
        theStoryKeepsNothingPersonal(id);
        theAuditTrailKeepsOnlyTheDecisions(id);
    }

    private static void theStoryKeepsNothingPersonal(long id) throws Exception {
        try (var db = TestDatabase.connect(); var rows = db.createStatement().executeQuery(
                "select body, email, prompt_improve, published_body from story where id = " + id)) {
            assertTrue(rows.next());
            for (int column = 1; column <= 4; column++) {
                assertNull(rows.getString(column));
            }
        }
    }

    private static void theAuditTrailKeepsOnlyTheDecisions(long id) throws Exception {
        try (var db = TestDatabase.connect(); var rows = db.createStatement().executeQuery(
                "select action, text_before, text_after from moderation_decision where story_id = " + id + " order by id")) {
            assertTrue(rows.next());
            assertEquals("PUBLISH", rows.getString(1));
            assertNull(rows.getString(2));
            assertNull(rows.getString(3));
            assertTrue(rows.next());
            assertEquals("WITHDRAWN", rows.getString(1));
        }
    }
}
