package org.coproduce.responses;

import static org.coproduce.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.coproduce.testing.Api;
import org.coproduce.testing.Journeys;
import org.coproduce.testing.Problems;
import org.junit.jupiter.api.Test;

/**
 * Responders manage their own words: a fast-tracked responder's edit goes public at once and shows
 * "edited", one the screening holds waits for a moderator while the published text stays, only the
 * author may edit (an administrator may also withdraw), a stale version is refused, a withdrawn
 * response is gone from public; every step is in the audit trail. A fast-tracked response with a
 * phone number or a safeguarding term is held, a clean one is published at once (the IT runs with
 * fast-track after one clean response).
 */
public interface ResponseEditingJourneys extends Journeys {

    String FIRST = "We are sorry. We added a second triage nurse at night.";

    @Test
    default void respondersEditAndWithdrawTheirOwnResponses() {
        long organisation = organisationOfTheEmergencyDepartment();
        var author = as(newResponder("author", "Sam Carter", organisation), PASSWORD);
        var colleague = as(newResponder("colleague", "Alex Colleague", organisation), PASSWORD);
        var stranger = as(newResponder("stranger", "Kim Elsewhere", otherOrganisation(organisation)), PASSWORD);
        var moderator = demo("moderator");
        long story = publishedStory("Edit and withdraw");
        long id = publishedResponse(author, moderator, story, FIRST);

        String clean = "{\"text\":\"We added two triage nurses at night.\",\"version\":" + versionOf(author, story, id) + "}";
        assertProblem(anonymous().put("api/responses/" + id, clean), 401);
        assertProblem(colleague.put("api/responses/" + id, clean), 403);
        assertProblem(stranger.put("api/responses/" + id, clean), 403);
        assertProblem(demo("admin").put("api/responses/" + id, clean), 403);
        assertProblem(author.put("api/responses/" + id, "{\"text\":\"Stale.\",\"version\":999999}"), 409);
        assertTrue(Problems.violated(author.put("api/responses/" + id, "{\"text\":\" \",\"version\":1}")).contains("text"));

        var edited = author.put("api/responses/" + id, clean);
        assertEquals(200, edited.status(), edited.body());
        assertEquals("We added two triage nurses at night.", edited.json().getString("text"), "fast-tracked and clean: at once");
        var shown = publicResponse(story, id);
        assertEquals("We added two triage nurses at night.", shown.getString("text"));
        assertNotNull(shown.getString("editedAt", null), "readers see it was edited");

        var held = author.put("api/responses/" + id, "{\"text\":\"Ring our ward manager on 07700 900123.\",\"version\":"
                + versionOf(author, story, id) + "}");
        assertEquals(200, held.status(), held.body());
        assertEquals("Ring our ward manager on 07700 900123.", held.json().getString("pendingText"));
        assertEquals("We added two triage nurses at night.", publicResponse(story, id).getString("text"),
                "the published text stays public while the edit waits");
        var review = moderator.get("api/moderation/replies/" + id).json();
        assertEquals("Ring our ward manager on 07700 900123.", review.getString("text"), "the moderator sees the edit");
        assertTrue(review.getJsonArray("personalData").stream().anyMatch(s -> "phone".equals(s.asJsonObject().getString("kind"))));
        var decided = moderator.post("api/moderation/replies/" + id + "/decision",
                "{\"action\":\"PUBLISH\",\"text\":\"Ring our ward manager through the switchboard.\"}");
        assertEquals(200, decided.status(), decided.body());
        assertEquals("Ring our ward manager through the switchboard.", publicResponse(story, id).getString("text"));

        var trail = auditActions(moderator, id);
        assertTrue(trail.containsAll(List.of("PUBLISH_REPLY", "EDIT_RESPONSE")), trail.toString());
        var firstEdit = auditOf(moderator, id).stream().filter(a -> "EDIT_RESPONSE".equals(a.getString("action"))).findFirst().orElseThrow();
        assertEquals(FIRST, firstEdit.getString("textBefore"), "the trail keeps the text before");
        assertEquals("We added two triage nurses at night.", firstEdit.getString("textAfter"));

        long version = versionOf(author, story, id);
        assertProblem(anonymous().delete("api/responses/" + id + "?version=" + version), 401);
        assertProblem(colleague.delete("api/responses/" + id + "?version=" + version), 403);
        assertProblem(author.delete("api/responses/" + id + "?version=" + (version + 7)), 409);
        var gone = author.delete("api/responses/" + id + "?version=" + version);
        assertEquals(200, gone.status(), gone.body());
        assertEquals("WITHDRAWN", gone.json().getString("status"));
        assertTrue(anonymous().get("api/stories/" + story).json().getJsonArray("responses").isEmpty(), "gone from public");
        assertTrue(author.get("api/stories/" + story + "/responses/mine").array().isEmpty());
        assertProblem(author.delete("api/responses/" + id + "?version=" + gone.json().getJsonNumber("version")), 409);
        assertTrue(auditActions(moderator, id).contains("WITHDRAW_RESPONSE"));
    }

    @Test
    default void anAdministratorWithdrawsAResponseButCannotEditIt() {
        var author = as(newResponder("author", "Sam Carter", organisationOfTheEmergencyDepartment()), PASSWORD);
        long story = publishedStory("Withdrawn by an administrator");
        long id = publishedResponse(author, demo("moderator"), story, FIRST);
        var admin = demo("admin");
        var gone = admin.delete("api/responses/" + id + "?version=" + versionOf(author, story, id));
        assertEquals(200, gone.status(), gone.body());
        assertTrue(anonymous().get("api/stories/" + story).json().getJsonArray("responses").isEmpty());
    }

    @Test
    default void aFastTrackedResponseWithAPhoneNumberOrASafeguardingTermIsHeld() {
        var author = as(newResponder("screened", "Sam Carter", organisationOfTheEmergencyDepartment()), PASSWORD);
        var moderator = demo("moderator");
        long story = publishedStory("Screened responses");
        publishedResponse(author, moderator, story, FIRST);

        var phone = author.post("api/stories/" + story + "/responses", "{\"text\":\"Please call our ward manager on 07700 900123.\"}");
        assertEquals(201, phone.status(), phone.body());
        assertEquals("PENDING", phone.json().getString("status"), "fast-tracked, but held for the phone number");
        long heldId = phone.json().getJsonNumber("id").longValue();
        var listed = inTheModerationList(moderator, heldId);
        assertTrue(listed.getInt("personalData") > 0, listed.toString());
        var why = auditOf(moderator, heldId).stream().filter(a -> "HOLD_RESPONSE".equals(a.getString("action"))).findFirst().orElseThrow();
        assertEquals("personal data: phone", why.getString("reason"));

        var concern = author.post("api/stories/" + story + "/responses",
                "{\"text\":\"We take the report of violence on the ward seriously.\"}");
        assertEquals("PENDING", concern.json().getString("status"), "held for the safeguarding term");
        assertTrue(moderator.get("api/moderation/replies/" + concern.json().getJsonNumber("id")).json()
                .getJsonArray("safeguarding").size() > 0);

        var plain = author.post("api/stories/" + story + "/responses", "{\"text\":\"We have opened a second waiting room.\"}");
        assertEquals("PUBLISHED", plain.json().getString("status"), "a clean one goes out at once");
        assertEquals(2, anonymous().get("api/stories/" + story).json().getJsonArray("responses").size());

        var fixed = author.put("api/responses/" + heldId, "{\"text\":\"Please call our ward through the switchboard.\",\"version\":"
                + versionOf(author, story, heldId) + "}");
        assertEquals("PUBLISHED", fixed.json().getString("status"), "its author took out what held it");
        assertEquals(3, anonymous().get("api/stories/" + story).json().getJsonArray("responses").size());
    }

    String PASSWORD = "a long enough password";

    private long organisationOfTheEmergencyDepartment() {
        return anonymous().get("api/services/" + emergencyDepartment()).json().getJsonNumber("organisationId").longValue();
    }

    private long otherOrganisation(long organisation) {
        return anonymous().get("api/organisations?size=100").items().stream().map(JsonObject.class::cast)
                .mapToLong(o -> o.getJsonNumber("id").longValue()).filter(o -> o != organisation).findFirst().orElseThrow();
    }

    private long publishedStory(String title) {
        long id = told(title);
        publish(id, 2);
        return id;
    }

    /** The responder's response, published by the moderator (a new responder's first one is moderated). */
    private static long publishedResponse(Api responder, Api moderator, long story, String text) {
        var sent = responder.post("api/stories/" + story + "/responses", "{\"text\":\"" + text + "\"}");
        assertEquals(201, sent.status(), sent.body());
        long id = sent.json().getJsonNumber("id").longValue();
        if ("PENDING".equals(sent.json().getString("status"))) {
            assertEquals(200, moderator.post("api/moderation/replies/" + id + "/decision", "{\"action\":\"PUBLISH\"}").status());
        }
        return id;
    }

    private static long versionOf(Api author, long story, long id) {
        return author.get("api/stories/" + story + "/responses/mine").array().stream().map(JsonObject.class::cast)
                .filter(r -> r.getJsonNumber("id").longValue() == id).findFirst().orElseThrow().getJsonNumber("version").longValue();
    }

    private JsonObject publicResponse(long story, long id) {
        return anonymous().get("api/stories/" + story).json().getJsonArray("responses").stream().map(JsonObject.class::cast)
                .filter(r -> r.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    /** The reply in the moderators' list (oldest first, so it may be on a later page). */
    private static JsonObject inTheModerationList(Api moderator, long id) {
        for (int page = 1; ; page++) {
            var items = moderator.get("api/moderation/replies?size=100&page=" + page).items();
            if (items.isEmpty()) {
                throw new AssertionError("reply " + id + " is not in the moderation list");
            }
            var found = items.stream().map(JsonObject.class::cast).filter(r -> r.getJsonNumber("id").longValue() == id).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
        }
    }

    private static List<JsonObject> auditOf(Api moderator, long id) {
        return moderator.get("api/moderation/replies/" + id).json().getJsonArray("audit").stream().map(JsonObject.class::cast).toList();
    }

    private static List<String> auditActions(Api moderator, long id) {
        return auditOf(moderator, id).stream().map(a -> a.getString("action")).toList();
    }
}
