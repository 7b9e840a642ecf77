package org.coproduce.analysis;

import static org.coproduce.testing.Eventually.eventually;
import static org.coproduce.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.coproduce.testing.Api;
import org.coproduce.testing.Journeys;
import org.coproduce.testing.Reply;
import org.coproduce.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The theme models learn from moderators' corrections of stories whose storytellers consented to
 * that use, each language from its own; an admin retrains them and sees both scores per language.
 */
public interface AnalysisJourneys extends Journeys {

    /**
     * Two admins (two sessions) ask for a retraining at the same moment: the database lease lets
     * one run start; the other hears 409, or, if the first already ended, starts a run after it.
     * Never do two runs overlap; each trains on the corrections of consented stories only and
     * keeps both scores; and the lease is let go (a later request starts again). One journey, so
     * that the runs it waits for (each retrains on all the bundled data) prove both properties.
     * German corrected stories train a German candidate in the same run, gated on the German held-out
     * stories only: it learns what the shipped German model misses, is activated and then tags new German
     * stories, while English stories keep the English model; a later run that does not beat it keeps it.
     */
    @Test
    default void retrainsFromCorrectionsOneRunAtATimeAndKeepsBothScores() throws Exception {
        var moderator = demo("moderator");
        for (int i = 0; i < 6; i++) {
            correctedParkingStory(moderator, i, true);
        }
        correctedParkingStory(moderator, 6, false);
        correctedParkingStory(moderator, 7, false);
        for (int i = 0; i < 6; i++) {
            correctedGermanStory(moderator, i);
        }
        assertProblem(moderator.post("api/admin/models/retrain", ""), 403);
        var one = demo("admin");
        var two = as("admin@demo.example", DEMO_PASSWORD);
        eventually(() -> one.get("api/admin/models"), r -> r.array().stream().map(JsonValue::asJsonObject)
                .noneMatch(m -> "RUNNING".equals(m.getString("status"))), 300);
        var start = new java.util.concurrent.CountDownLatch(1);
        var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> postWhen(start, one));
        var second = java.util.concurrent.CompletableFuture.supplyAsync(() -> postWhen(start, two));
        start.countDown();
        var replies = List.of(first.get(), second.get());
        var accepted = replies.stream().filter(r -> r.status() == 202).toList();
        assertTrue(!accepted.isEmpty(), replies.toString());
        accepted.forEach(r -> assertEquals("RUNNING", r.json().getString("status"), r.body()));
        replies.stream().filter(r -> r.status() != 202).forEach(r -> assertProblem(r, 409));
        var runs = accepted.stream().map(r -> r.json().getJsonNumber("id").longValue()).toList();
        var done = eventually(() -> one.get("api/admin/models"), r -> runs.stream()
                .allMatch(run -> runOf(r, run).map(m -> !"RUNNING".equals(m.getString("status"))).orElse(false)), 300);
        if (runs.size() == 2) {
            var a = runOf(done, Math.min(runs.get(0), runs.get(1))).orElseThrow();
            var b = runOf(done, Math.max(runs.get(0), runs.get(1))).orElseThrow();
            assertTrue(!java.time.Instant.parse(b.getString("startedAt")).isBefore(java.time.Instant.parse(a.getString("finishedAt"))),
                    "the second run started after the first ended: " + done.body());
        }
        var result = runOf(done, runs.stream().mapToLong(Long::longValue).min().orElseThrow()).orElseThrow();
        assertTrue(List.of("ACTIVATED", "KEPT").contains(result.getString("status")), result.toString());
        for (String language : List.of("en", "de")) {
            var candidate = candidate(result, language);
            String status = candidate.getString("status");
            assertTrue(List.of("ACTIVATED", "KEPT").contains(status), candidate.toString());
            assertEquals(candidate.getJsonNumber("candidateF1").doubleValue() > candidate.getJsonNumber("activeF1").doubleValue(),
                    status.equals("ACTIVATED"), candidate.toString());
            assertEquals(status.equals("ACTIVATED"), candidate.getBoolean("active"), candidate.toString());
            assertTrue(candidate.getInt("heldOut") >= 1 && candidate.getInt("corrections") >= 4, candidate.toString());
            int used = candidate.getInt("heldOut") + candidate.getInt("corrections");
            assertEquals(correctedStories(true, language), used, "only consented stories in " + language + " train its model: " + result);
        }
        assertTrue(correctedStories(false, "en") >= 2, "the stories told without consent were corrected too");
        var german = candidate(result, "de");
        assertEquals("ACTIVATED", german.getString("status"), "the German candidate learnt what the shipped model misses: " + german);
        assertEquals(german.getString("version"), analysedWith(moderator, "Schulbegleitung", GERMAN_STORY),
                "new German stories are tagged by the German model activated");
        var english = candidate(result, "en");
        assertEquals(english.getBoolean("active") ? english.getString("version") : "analysis-",
                analysedWith(moderator, "Parking", PARKING_STORY).replaceFirst("^analysis-.*", "analysis-"),
                "English stories keep the English model in use");

        var later = one.post("api/admin/models/retrain", "");
        assertEquals(202, later.status(), "the lease was let go: " + later.body());
        long run = later.json().getJsonNumber("id").longValue();
        var all = eventually(() -> one.get("api/admin/models"), r -> runOf(r, run).map(m -> !"RUNNING".equals(m.getString("status")))
                .orElse(false), 300);
        for (String language : List.of("en", "de")) {
            var candidates = all.array().stream().flatMap(r -> r.asJsonObject().getJsonArray("languages").stream())
                    .map(JsonValue::asJsonObject).filter(m -> m.getString("language").equals(language)).toList();
            var newestActivated = candidates.stream().filter(m -> m.getString("status").equals("ACTIVATED"))
                    .map(m -> m.getJsonNumber("id").longValue()).max(Long::compare);
            assertEquals(newestActivated.stream().toList(), candidates.stream().filter(m -> m.getBoolean("active"))
                    .map(m -> m.getJsonNumber("id").longValue()).toList(),
                    "each language keeps its newest activated model, whatever the other language's did: " + all.body());
        }
        assertEquals("KEPT", candidate(runOf(all, run).orElseThrow(), "de").getString("status"),
                "the same corrections do not beat the German model they trained: " + all.body());
    }

    String PARKING_STORY = "There was nowhere to park and the car park charges were far too high. We drove around for forty minutes.";
    String GERMAN_STORY = "Die Schulbegleitung meines Sohnes kam wochenlang nicht, und eine Vertretung gab es auch nicht."
            + " Er durfte deshalb nicht in die Schule gehen.";

    private static JsonObject candidate(JsonObject run, String language) {
        return run.getJsonArray("languages").stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("language").equals(language)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + language + " candidate in " + run));
    }

    /** The version of the theme model a newly told story was analysed with. */
    private String analysedWith(Api moderator, String title, String story) {
        long id = anonymous().post("api/stories", "{\"serviceIds\":[" + emergencyDepartment() + "],\"relation\":\"CARER\","
                + "\"happened\":\"2026-08\",\"title\":\"" + title + "\",\"story\":\"" + story + "\"}").json()
                .getJsonNumber("id").longValue();
        return eventually(() -> moderator.get("api/moderation/stories/" + id),
                r -> r.json().containsKey("analysis") && !r.json().isNull("analysis"), 240)
                .json().getJsonObject("analysis").getString("modelVersion");
    }

    private static Reply postWhen(java.util.concurrent.CountDownLatch start, Api admin) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return admin.post("api/admin/models/retrain", "");
    }

    /** Published corrected stories whose analysis found the language (en: any other than German). */
    private static int correctedStories(boolean consented, String language) {
        try (var db = TestDatabase.connect(); var counted = db.createStatement().executeQuery("select count(*) from story s"
                + " join story_analysis a on a.story_id = s.id"
                + " where s.status = 'PUBLISHED' and s.training_consent = " + consented
                + " and a.analysis " + ("de".equals(language) ? "" : "not ") + "like '%\"language\":\"de\"%'"
                + " and exists (select 1 from theme_correction c where c.story_id = s.id)")) {
            counted.next();
            return counted.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A parking story, published once analysed with the moderator's own themes. */
    private void correctedParkingStory(Api moderator, int i, boolean consent) {
        var reply = anonymous().post("api/stories", "{\"serviceIds\":[" + emergencyDepartment() + "],\"relation\":\"CARER\","
                + "\"trainingConsent\":" + consent + ","
                + "\"happened\":\"2026-08\",\"title\":\"Parking " + i + "\",\"story\":\"There was nowhere to park and the car park "
                + "charges were far too high. We drove around for forty minutes.\"}");
        long id = reply.json().getJsonNumber("id").longValue();
        var view = eventually(() -> moderator.get("api/moderation/stories/" + id),
                r -> r.json().containsKey("analysis") && !r.json().isNull("analysis"), 240);
        var decided = moderator.post("api/moderation/stories/" + id + "/decision", "{\"action\":\"PUBLISH\",\"version\":"
                + view.json().getJsonNumber("version") + ",\"title\":\"Parking\",\"text\":\"There was nowhere to park"
                + " and the charges were far too high.\",\"criticality\":2,\"themes\":[{\"code\":\"travel.parking\","
                + "\"polarity\":\"IMPROVE\"},{\"code\":\"travel.transport\",\"polarity\":\"IMPROVE\"}]}");
        assertEquals(200, decided.status(), decided.body());
    }

    /** A German story about a school companion, published with the themes the shipped German model misses. */
    private void correctedGermanStory(Api moderator, int i) {
        var reply = anonymous().post("api/stories", "{\"serviceIds\":[" + emergencyDepartment() + "],\"relation\":\"CARER\","
                + "\"trainingConsent\":true,\"happened\":\"2026-08\",\"title\":\"Schulbegleitung " + i + "\",\"story\":\""
                + GERMAN_STORY + "\"}");
        long id = reply.json().getJsonNumber("id").longValue();
        var view = eventually(() -> moderator.get("api/moderation/stories/" + id),
                r -> r.json().containsKey("analysis") && !r.json().isNull("analysis"), 240);
        var decided = moderator.post("api/moderation/stories/" + id + "/decision", "{\"action\":\"PUBLISH\",\"version\":"
                + view.json().getJsonNumber("version") + ",\"title\":\"Schulbegleitung\",\"text\":\"" + GERMAN_STORY + "\","
                + "\"criticality\":2,\"themes\":[{\"code\":\"staff.levels\",\"polarity\":\"IMPROVE\"},"
                + "{\"code\":\"journey.continuity\",\"polarity\":\"IMPROVE\"}]}");
        assertEquals(200, decided.status(), decided.body());
    }

    private static Optional<JsonObject> runOf(Reply models, long run) {
        return models.array().stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getJsonNumber("id").longValue() == run).findFirst();
    }
}
