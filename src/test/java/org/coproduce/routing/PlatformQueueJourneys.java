package org.coproduce.routing;

import static org.coproduce.testing.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import org.coproduce.testing.Api;
import org.coproduce.testing.Journeys;
import org.coproduce.testing.TestDatabase;
import org.coproduce.testing.TestMail;
import org.junit.jupiter.api.Test;

/**
 * No story is dropped: one nobody takes waits in the platform queue until routed by hand; an
 * organisation sees every story routed to it, assigns it to a colleague and keeps private notes;
 * open routes are reminded once before their deadline.
 */
public interface PlatformQueueJourneys extends Journeys {

    @Test
    default void routesAStoryNobodyTakesByHandAndKeepsTheOrganisationsNotesToItself() throws Exception {
        long care = organisationNamed("Leeds Care Partnership");
        long freiburg = organisationNamed("Klinikum Freiburg-Dreisam");
        var reply = anonymous().post("api/stories", "{\"category\":\"COMMUNITY\",\"relation\":\"CARER\",\"happened\":\"2026-09\","
                + "\"title\":\"Far out\",\"story\":\"Told from a boat.\",\"latitude\":-45.0,\"longitude\":-30.0}");
        assertEquals(202, reply.status(), reply.body());
        long id = reply.json().getJsonNumber("id").longValue();
        publish(id, 2);

        var moderator = demo("moderator");
        var queued = queueItem(moderator, id).orElseThrow(() -> new AssertionError("story " + id + " in the platform queue"));
        assertEquals(1, mailed("moderator@demo.example", id), "the moderators are e-mailed");
        assertEquals(1, mailed("admin@demo.example", id), "the administrators are e-mailed");
        assertTrue(demo("admin").get("api/inbox?size=100").items().stream().map(JsonValue::asJsonObject)
                .anyMatch(i -> i.getJsonNumber("storyId").longValue() == id && i.getString("kind").equals("UNROUTED")));

        String path = "api/platform-queue/" + id + "/routes";
        long version = queued.getJsonNumber("version").longValue();
        assertEquals(403, demo("responder").post(path, "{\"organisationIds\":[" + care + "],\"version\":" + version + "}").status());
        assertEquals(List.of("organisationIds"), moderator.post(path, "{\"organisationIds\":[],\"version\":" + version + "}").violatedFields());
        assertEquals(List.of("organisationIds"), moderator.post(path, "{\"organisationIds\":[999999999],\"version\":" + version + "}")
                .violatedFields());
        assertEquals(409, moderator.post(path, "{\"organisationIds\":[" + care + "],\"version\":" + (version + 7) + "}").status());
        var routed = moderator.post(path, "{\"organisationIds\":[" + care + "],\"version\":" + version + "}");
        assertEquals(200, routed.status(), routed.body());
        assertEquals(409, moderator.post(path, "{\"organisationIds\":[" + care + "],\"version\":" + version + "}").status(),
                "routed once");
        assertTrue(queueItem(moderator, id).isEmpty(), "gone from the platform queue");

        String first = newResponder("care-first", "Care First", care);
        String second = newResponder("care-second", "Care Second", care);
        String stranger = newResponder("freiburg", "Freiburg Stranger", freiburg);
        var mine = as(first, "a long enough password");
        var item = eventually(() -> mine.get("api/inbox?scope=organisation&size=100"), r -> organisationItem(r.items(), id).isPresent());
        var row = organisationItem(item.items(), id).orElseThrow();
        assertEquals(care, row.getJsonNumber("organisationId").longValue());
        assertFalse(row.getBoolean("answered"));
        assertTrue(List.of("OPEN", "OVERDUE").contains(row.getString("status")), row.toString());
        assertTrue(row.containsKey("dueAt"));

        String route = "api/routes/" + id + "/" + care;
        long secondId = as(second, "a long enough password").get("api/session").json().getJsonNumber("accountId").longValue();
        long strangerId = as(stranger, "a long enough password").get("api/session").json().getJsonNumber("accountId").longValue();
        long routeVersion = row.getJsonNumber("version").longValue();
        var foreign = mine.put(route + "/assignee", "{\"accountId\":" + strangerId + ",\"version\":" + routeVersion + "}");
        assertEquals(400, foreign.status(), foreign.body());
        assertEquals(List.of("accountId"), foreign.violatedFields(), "someone of another organisation");
        var assigned = mine.put(route + "/assignee", "{\"accountId\":" + secondId + ",\"version\":" + routeVersion + "}");
        assertEquals(200, assigned.status(), assigned.body());
        assertEquals(secondId, assigned.json().getJsonObject("route").getJsonNumber("assigneeId").longValue());
        assertEquals("Care Second", assigned.json().getJsonObject("route").getString("assigneeName"));
        assertEquals(409, mine.put(route + "/assignee", "{\"accountId\":null,\"version\":" + routeVersion + "}").status(), "stale");

        assertEquals(201, mine.post(route + "/notes", "{\"text\":\"Rang the carer back; call again on Monday.\"}").status());
        var colleague = as(second, "a long enough password").get(route);
        assertEquals(200, colleague.status(), colleague.body());
        assertEquals("Rang the carer back; call again on Monday.",
                colleague.json().getJsonArray("notes").getJsonObject(0).getString("text"), "the colleague reads the note");
        assertEquals(404, as(stranger, "a long enough password").get(route).status(), "another organisation never sees it");
        assertEquals(404, as(stranger, "a long enough password").get("api/routes/" + id + "/" + freiburg).status());
        assertEquals(403, moderator.get(route).status());

        var trail = moderator.get("api/moderation/stories/" + id).json().getJsonArray("audit").stream().map(JsonValue::asJsonObject)
                .map(e -> e.getString("action")).toList();
        assertTrue(trail.containsAll(List.of("ROUTED_BY_HAND", "ASSIGNED", "NOTE_ADDED")), trail.toString());
        assertFalse(moderator.get("api/moderation/stories/" + id).body().contains("call again on Monday"), "the note stays in the organisation");
    }

    @Test
    default void remindsTheOrganisationOnceBeforeTheDeadline() throws Exception {
        long trust = organisationNamed("Aire Valley NHS Foundation Trust");
        String responder = newResponder("remind", "Reminded", trust);
        long id = told("Reminder story");
        publish(id, 1);
        try (var db = TestDatabase.connect(); var update = db.createStatement()) {
            update.executeUpdate("update story_route set due_at = due_at + interval 2 hour, reminded_at = null where story_id = " + id);
        }
        assertEquals(1, mailed(responder, id), "a reminder within COPRODUCE_REMINDER_HOURS of the deadline");
        Thread.sleep(4_000);
        assertEquals(1, about(responder, id), "one reminder only: " + TestMail.subjectsTo(responder));
        var inbox = as(responder, "a long enough password").get("api/inbox?size=100");
        assertEquals(List.of("REMINDER"), inbox.items().stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getJsonNumber("storyId").longValue() == id).map(i -> i.getString("kind")).toList());
    }

    /** How many e-mails about the story the address received, once there is one (waits up to 30 s). */
    private static long mailed(String to, long id) throws Exception {
        for (long until = System.currentTimeMillis() + 30_000; System.currentTimeMillis() < until; Thread.sleep(250)) {
            if (about(to, id) > 0) {
                break;
            }
        }
        return about(to, id);
    }

    /** Subjects end with the story's title, "Published {id}" (so story 12 is not story 123). */
    private static long about(String to, long id) throws Exception {
        return TestMail.subjectsTo(to).stream().filter(s -> s.endsWith("Published " + id)).count();
    }

    private static Optional<JsonObject> queueItem(Api moderator, long id) {
        return moderator.get("api/platform-queue?size=100").items().stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getJsonNumber("storyId").longValue() == id).findFirst();
    }

    private static Optional<JsonObject> organisationItem(jakarta.json.JsonArray items, long id) {
        return items.stream().map(JsonValue::asJsonObject).filter(i -> i.getJsonNumber("storyId").longValue() == id).findFirst();
    }
}
