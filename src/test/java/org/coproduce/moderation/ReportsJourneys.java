package org.coproduce.moderation;

import static org.coproduce.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.coproduce.testing.Api;
import org.coproduce.testing.Journeys;
import org.coproduce.testing.TestMail;
import org.junit.jupiter.api.Test;

/**
 * Notice and action: anyone reports a published story; enough reporters hide it until a moderator
 * decides; moderators restore, edit (audited, the storyteller told why by e-mail) or hide it, and
 * the storyteller contests through the follow link.
 */
public interface ReportsJourneys extends Journeys {

    @Test
    default void reportsHideAStoryAtTheThresholdAndAModeratorRestoresIt() {
        long id = told("Reported three times");
        publish(id, 2);
        refused(anonymous().post("api/stories/" + id + "/reports", "{\"reason\":\"BORING\"}"), "reason");
        refused(anonymous().post("api/stories/" + id + "/reports", "{\"reason\":\"OTHER\"}"), "text");
        assertEquals(202, anonymous().post("api/stories/" + id + "/reports", "{\"reason\":\"OFFENSIVE\"}").status());
        assertEquals(202, anonymous().post("api/stories/" + id + "/reports",
                "{\"reason\":\"UNTRUE\",\"text\":\"This never happened.\"}").status());
        assertEquals(200, anonymous().get("api/stories/" + id).status(), "two reporters do not hide it");
        assertEquals(202, anonymous().post("api/stories/" + id + "/reports", "{\"reason\":\"OFFENSIVE\"}").status());
        assertEquals(404, anonymous().get("api/stories/" + id).status(), "the third reporter hides it until decided");
        assertFalse(anonymous().get("api/stories?q=Published%20" + id).body().contains("\"id\":" + id + ","));

        var moderator = demo("moderator");
        var item = queued(moderator, id);
        assertEquals("HIDDEN", item.getString("status"));
        assertEquals(3, item.getInt("reports"));
        assertEquals("OFFENSIVE", item.getString("mostSerious"));
        var view = moderator.get("api/moderation/reports/stories/" + id).json();
        assertEquals("This never happened.", view.getJsonArray("reports").getJsonObject(1).getString("text"));
        long version = view.getJsonNumber("version").longValue();
        assertProblem(moderator.post("api/moderation/reports/stories/" + id + "/decision",
                "{\"action\":\"RESTORE\",\"version\":" + (version - 1) + "}"), 409);
        var restored = moderator.post("api/moderation/reports/stories/" + id + "/decision",
                "{\"action\":\"RESTORE\",\"version\":" + version + ",\"reason\":\"The reports are unfounded.\"}");
        assertEquals(200, restored.status(), restored.body());
        assertEquals("PUBLISHED", restored.json().getString("status"));
        assertEquals(List.of("REPORT", "REPORT", "REPORT", "AUTO_HIDE", "RESTORE"), actions(restored.json()).subList(1, 6));
        assertEquals(200, anonymous().get("api/stories/" + id).status());
        assertTrue(moderator.get("api/moderation/reports?size=100").items().stream()
                .noneMatch(i -> i.asJsonObject().getJsonNumber("storyId").longValue() == id), "decided: out of the queue");
    }

    @Test
    default void aModeratorEditsAReportedStoryTellsTheStorytellerWhyAndTheStorytellerContests() throws Exception {
        var storyteller = anonymous();
        var received = tell(storyteller, "Edited after a report");
        long id = received.getJsonNumber("id").longValue();
        String token = received.getString("followToken");
        publish(id, 2);
        assertEquals(202, anonymous().post("api/stories/" + id + "/reports",
                "{\"reason\":\"PERSONAL_DATA\",\"text\":\"It names the nurse.\"}").status());
        var moderator = demo("moderator");
        long version = moderator.get("api/moderation/reports/stories/" + id).json().getJsonNumber("version").longValue();
        String path = "api/moderation/reports/stories/" + id + "/decision";
        refused(moderator.post(path, "{\"action\":\"EDIT\",\"version\":" + version + ",\"title\":\"T\",\"text\":\"X\"}"),
                "reason");
        String reason = "We took out a name (report " + id + ").";
        var edited = moderator.post(path, "{\"action\":\"EDIT\",\"version\":" + version + ",\"title\":\"Published " + id
                + "\",\"text\":\"Moderated text without the name\",\"reason\":\"" + reason + "\"}");
        assertEquals(200, edited.status(), edited.body());
        var entry = edited.json().getJsonArray("audit").stream().map(JsonObject.class::cast)
                .filter(e -> e.getString("action").equals("EDIT_PUBLISHED")).findFirst().orElseThrow();
        assertEquals("Published " + id + "\n\nModerated text", entry.getString("textBefore"));
        assertEquals("Published " + id + "\n\nModerated text without the name", entry.getString("textAfter"));
        assertEquals(reason, entry.getString("reason"));
        var story = anonymous().get("api/stories/" + id).json();
        assertEquals("Moderated text without the name", story.getString("text"));
        assertTrue(story.containsKey("moderatorsEditedAt"), story.toString());

        var mail = TestMail.awaitMessage("teller@example.org", "have edited", Duration.ofSeconds(60)).orElseThrow();
        assertTrue(mail.body().contains(reason) && mail.body().contains("/follow.html#") && mail.body().contains("contest"),
                mail.body());
        assertEquals(reason, storyteller.get("api/follow/" + token).json().getString("moderationReason"));
        refused(storyteller.post("api/follow/" + token + "/contest", "{\"text\":\"\"}"), "text");
        assertEquals(202, storyteller.post("api/follow/" + token + "/contest", "{\"text\":\"The nurse agreed to be named.\"}").status());
        assertEquals("CONTEST", queued(moderator, id).getString("mostSerious"));

        long now = moderator.get("api/moderation/reports/stories/" + id).json().getJsonNumber("version").longValue();
        assertEquals(200, moderator.post(path, "{\"action\":\"HIDE\",\"version\":" + now + ",\"reason\":\"Checking the contest.\"}")
                .status());
        assertEquals(404, anonymous().get("api/stories/" + id).status());
        assertTrue(TestMail.awaitMessage("teller@example.org", "have hidden", Duration.ofSeconds(60)).isPresent());
        assertEquals("HIDDEN", storyteller.get("api/follow/" + token).json().getString("status"));
    }

    @Test
    default void aGermanStorytellerIsToldInGermanWhyTheModeratorsUnpublishedTheirStory() throws Exception {
        String email = "gemeldet-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var told = anonymous().post("api/stories", "{\"serviceIds\":[" + emergencyDepartment() + "],\"relation\":\"SERVICE_USER\","
                + "\"happened\":\"2026-09\",\"title\":\"Gemeldet\",\"story\":\"Ich wartete sechs Stunden auf einer Trage im Flur.\","
                + "\"email\":\"" + email + "\"}", "Accept-Language", "de");
        assertEquals(202, told.status(), told.body());
        long id = told.json().getJsonNumber("id").longValue();
        publish(id, 2);
        assertEquals(202, anonymous().post("api/stories/" + id + "/reports", "{\"reason\":\"UNTRUE\",\"text\":\"Stimmt nicht.\"}").status());
        var moderator = demo("moderator");
        long version = moderator.get("api/moderation/reports/stories/" + id).json().getJsonNumber("version").longValue();
        var unpublished = moderator.post("api/moderation/reports/stories/" + id + "/decision",
                "{\"action\":\"UNPUBLISH\",\"version\":" + version + ",\"reason\":\"Nicht belegt.\"}");
        assertEquals(200, unpublished.status(), unpublished.body());
        var mail = TestMail.awaitMessage(email, "aus der Veröffentlichung genommen", Duration.ofSeconds(60)).orElseThrow();
        assertTrue(mail.body().contains("Nicht belegt.") && mail.body().contains("widersprechen"), mail.body());
        assertEquals(404, anonymous().get("api/stories/" + id).status());
    }

    private static JsonObject queued(Api moderator, long id) {
        return moderator.get("api/moderation/reports?size=100").items().stream().map(JsonObject.class::cast)
                .filter(i -> i.getJsonNumber("storyId").longValue() == id && (!i.containsKey("responseId") || i.isNull("responseId")))
                .findFirst().orElseThrow(() -> new AssertionError(
                                "story " + id + " is not in the queue"));
    }

    private static void refused(org.coproduce.testing.Reply reply, String field) {
        assertProblem(reply, 400);
        assertTrue(reply.violatedFields().contains(field), reply.body());
    }

    private static List<String> actions(JsonObject view) {
        return view.getJsonArray("audit").stream().map(e -> e.asJsonObject().getString("action")).toList();
    }
}
