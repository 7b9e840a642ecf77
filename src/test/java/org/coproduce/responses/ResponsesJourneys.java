package org.coproduce.responses;

import static org.coproduce.testing.Eventually.eventually;
import static org.coproduce.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.coproduce.testing.Api;
import org.coproduce.testing.Journeys;
import org.coproduce.testing.TestMail;
import org.junit.jupiter.api.Test;

/**
 * From a story to a public response and a dialogue: a subscribed responder is alerted, answers
 * (moderated at first, fast-tracked after), the storyteller is told and replies, readers react.
 */
public interface ResponsesJourneys extends Journeys {

    String MODERATED_TEXT = "I waited six hours. [A nurse] was kind.";

    @Test
    default void goesFromStoryToPublicResponseAndDialogue() throws Exception {
        String responderEmail = "responder-" + UUID.randomUUID() + "@example.org";
        long service = emergencyDepartment();
        var responder = matronSubscribedTo(service, responderEmail);
        var storyteller = anonymous();
        var received = tell(storyteller, "Six hours in the emergency department");
        long id = received.getJsonNumber("id").longValue();
        String token = received.getString("followToken");
        var moderator = demo("moderator");

        publishedWithoutPersonalData(moderator, id);
        var alert = theSubscriberIsAlertedInTheInboxAndByMail(responder, responderEmail, id);
        assertEquals(200, responder.post("api/inbox/" + alert.getJsonNumber("id") + "/read", "").status());
        assertEquals("READ", storyteller.get("api/follow/" + token).json().getString("progress"));

        long responseId = aFirstResponseIsModeratedBeforeItIsPublic(responder, moderator, id);
        theStorytellerIsToldAndEveryoneSeesWhoAnswered(id);
        var second = responder.post("api/stories/" + id + "/responses", "{\"text\":\"Update: it is working.\"}");
        assertEquals("PUBLISHED", second.json().getString("status"), "fast-track after a clean response");
        theStorytellersReplyIsModerated(storyteller, moderator, token, id);
        readersReactOncePerClient(id, responseId);
        theAuditKeepsTheModeratorsEdit(moderator, id);
    }

    /** A new responder of the service's organisation (a matron) who follows the service from criticality 2. */
    private Api matronSubscribedTo(long service, String email) {
        long organisation = anonymous().get("api/services/" + service).json().getJsonNumber("organisationId").longValue();
        var admin = demo("admin");
        assertEquals(201, admin.post("api/accounts", "{\"email\":\"" + email + "\",\"displayName\":\"Sam Carter\","
                + "\"jobTitle\":\"Matron\",\"role\":\"RESPONDER\",\"organisationIds\":[" + organisation + "],"
                + "\"password\":\"a long enough password\"}").status());
        var responder = as(email, "a long enough password");
        assertEquals(200, responder.put("api/subscriptions/" + service, "{\"minCriticality\":2}").status());
        return responder;
    }

    /** The moderator sees the original (not the e-mail address) and publishes an edited text: nothing private in public. */
    private void publishedWithoutPersonalData(Api moderator, long id) {
        var queue = moderator.get("api/moderation/queue?size=100").items();
        assertTrue(queue.stream().anyMatch(i -> i.asJsonObject().getJsonNumber("id").longValue() == id));
        var view = moderator.get("api/moderation/stories/" + id).json();
        assertEquals(ORIGINAL, view.getString("story"));
        assertTrue(view.getBoolean("hasEmail"));
        assertFalse(view.toString().contains("teller@example.org"), "the e-mail address is never shown");

        var published = moderator.post("api/moderation/stories/" + id + "/decision", "{\"action\":\"PUBLISH\",\"version\":"
                + view.getJsonNumber("version") + ",\"title\":\"Six hours in A&E\",\"text\":\"" + MODERATED_TEXT + "\","
                + "\"criticality\":3,\"themes\":[{\"code\":\"waiting\",\"polarity\":\"IMPROVE\"}]}");
        assertEquals(200, published.status(), published.body());

        var story = anonymous().get("api/stories/" + id);
        assertEquals(200, story.status());
        assertEquals(MODERATED_TEXT, story.json().getString("text"));
        assertFalse(story.body().contains("Jane Smith") || story.body().contains("07700") || story.body().contains("teller@"),
                "nothing private in public: " + story.body());
        assertEquals("IMPROVE", story.json().getJsonArray("themes").getJsonObject(0).getString("polarity"));
    }

    private static JsonObject theSubscriberIsAlertedInTheInboxAndByMail(Api responder, String email, long id) throws Exception {
        var inbox = eventually(() -> responder.get("api/inbox"), r -> r.json().getInt("total") > 0);
        var alert = inbox.items().getJsonObject(0);
        assertEquals(id, alert.getJsonNumber("storyId").longValue());
        var mail = TestMail.awaitMessage(email, "Six hours in A&E", Duration.ofSeconds(60));
        assertTrue(mail.isPresent(), "alert e-mailed to the subscriber");
        assertFalse(mail.get().body().contains("Jane Smith"), "the e-mail carries only the published title and a link");
        return alert;
    }

    private long aFirstResponseIsModeratedBeforeItIsPublic(Api responder, Api moderator, long id) {
        var response = responder.post("api/stories/" + id + "/responses", "{\"text\":\"We are sorry. We added night staff.\","
                + "\"change\":{\"kind\":\"MADE\",\"description\":\"Two more triage nurses at night\"}}");
        assertEquals(201, response.status(), response.body());
        assertEquals("PENDING", response.json().getString("status"), "a new responder's first response is moderated");
        assertEquals(0, anonymous().get("api/stories/" + id).json().getJsonArray("responses").size());
        long responseId = response.json().getJsonNumber("id").longValue();
        assertEquals(200, moderator.post("api/moderation/replies/" + responseId + "/decision", "{\"action\":\"PUBLISH\"}").status());
        return responseId;
    }

    private void theStorytellerIsToldAndEveryoneSeesWhoAnswered(long id) throws Exception {
        var answered = anonymous().get("api/stories/" + id).json();
        assertEquals("CHANGE_MADE", answered.getString("progress"));
        var told = TestMail.awaitMessage("teller@example.org", "A response to your story: Six hours in A&E", Duration.ofSeconds(60))
                .orElseThrow(() -> new AssertionError("the storyteller is e-mailed when the response is published"));
        String link = told.body().substring(told.body().indexOf("/follow.html#") + 13).split("\\s")[0];
        assertEquals(id, anonymous().get("api/follow/" + link).json().getJsonNumber("id").longValue());
        assertFalse(told.body().contains("Jane Smith"), "no story text in the e-mail");
        var shown = answered.getJsonArray("responses").getJsonObject(0);
        assertEquals("Sam Carter", shown.getString("authorName"));
        assertEquals("Matron", shown.getString("authorTitle"));
        assertEquals("MADE", shown.getJsonObject("change").getString("kind"));
    }

    private void theStorytellersReplyIsModerated(Api storyteller, Api moderator, String token, long id) {
        var follow = storyteller.get("api/follow/" + token).json();
        assertEquals("PUBLISHED", follow.getString("status"));
        assertEquals(2, follow.getJsonArray("responses").size());
        assertEquals(202, storyteller.post("api/follow/" + token + "/replies", "{\"text\":\"Thank you, that helps.\"}").status());
        assertEquals(2, anonymous().get("api/stories/" + id).json().getJsonArray("responses").size(), "replies are moderated");
        var pendingReply = moderator.get("api/moderation/replies?size=100").items().stream().map(v -> v.asJsonObject())
                .filter(r -> r.getString("text").equals("Thank you, that helps.")).findFirst().orElseThrow();
        assertEquals(200, moderator.post("api/moderation/replies/" + pendingReply.getJsonNumber("id") + "/decision",
                "{\"action\":\"PUBLISH\"}").status());
        assertEquals(3, anonymous().get("api/stories/" + id).json().getJsonArray("responses").size());
    }

    private void readersReactOncePerClient(long id, long responseId) {
        var reader = anonymous();
        assertEquals(1, reader.post("api/stories/" + id + "/me-too", "").json().getInt("meToo"));
        assertEquals(1, reader.post("api/stories/" + id + "/me-too", "").json().getInt("meToo"), "once per client");
        assertEquals(2, anonymous().post("api/stories/" + id + "/me-too", "").json().getInt("meToo"));
        assertEquals(1, reader.post("api/responses/" + responseId + "/helpful", "").json().getInt("helpful"));
    }

    private static void theAuditKeepsTheModeratorsEdit(Api moderator, long id) {
        var audit = moderator.get("api/moderation/stories/" + id).json().getJsonArray("audit");
        var first = audit.getJsonObject(0);
        assertEquals("PUBLISH", first.getString("action"));
        assertTrue(first.getString("textBefore").contains("Jane Smith"));
        assertTrue(first.getString("textAfter").contains("[A nurse]"));
    }

    @Test
    default void letsOnlyRespondersOfRoutedOrganisationsRespond() {
        long id = told("Who may respond");
        String body = "{\"text\":\"An answer\"}";
        assertProblem(demo("responder").post("api/stories/" + id + "/responses", body), 404);
        publish(id, 2);
        assertProblem(anonymous().post("api/stories/" + id + "/responses", body), 401);
        for (String role : List.of("admin", "moderator", "quality")) {
            assertProblem(demo(role).post("api/stories/" + id + "/responses", body), 403);
        }
        String email = newResponder("other", "Other", organisationNamed("Klinikum Freiburg-Dreisam"));
        assertProblem(as(email, "a long enough password").post("api/stories/" + id + "/responses", body), 403);
        assertEquals(201, demo("responder").post("api/stories/" + id + "/responses", body).status());
    }
}
