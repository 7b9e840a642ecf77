package org.coproduce.web;

import static org.coproduce.web.Pages.PASSWORD;
import static org.coproduce.web.Pages.patiently;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.coproduce.testing.Api;
import org.coproduce.testing.DemoSessions;

/** A story told and published through the API: the setting for a page test that starts later in the journey. */
record PublishedStory(URL base, long id, String title, String followToken) {

    /** Tells a story about the first service matching the query and has the demo moderator publish it. */
    static PublishedStory about(URL base, String service, String title) {
        var api = new Api(base);
        long serviceId = patiently(() -> api.get("api/services?q=" + URLEncoder.encode(service, StandardCharsets.UTF_8)))
                .items().getJsonObject(0).getJsonNumber("id").longValue();
        var told = patiently(() -> api.post("api/stories", """
                {"serviceIds": [%d], "relation": "SERVICE_USER", "happened": "2026-09", "title": "%s",
                 "story": "The staff listened and the repair was done in a week.", "improve": "Say when they will come."}"""
                .formatted(serviceId, title)));
        assertEquals(202, told.status(), told.body());
        long id = told.json().getJsonNumber("id").longValue();
        publish(base, id, title);
        return new PublishedStory(base, id, title, told.json().getString("followToken"));
    }

    /** The demo moderator publishes the story as it was told, but for a text of its own. */
    static void publish(URL base, long id, String title) {
        var moderator = staff(base, "moderator");
        long version = patiently(() -> moderator.get("api/moderation/stories/" + id)).json().getJsonNumber("version").longValue();
        var published = patiently(() -> moderator.post("api/moderation/stories/" + id + "/decision", """
                {"action": "PUBLISH", "version": %d, "title": "%s", "text": "The staff listened and the repair was done in a week.",
                 "criticality": 2}""".formatted(version, title)));
        assertEquals(200, published.status(), published.body());
    }

    /** The demo responder answers in public (the moderator approves the answer when it is held back). */
    void answer(String text) {
        var responded = patiently(() -> staff(base, "responder").post("api/stories/" + id + "/responses",
                "{\"text\": \"" + text + "\", \"change\": null}"));
        assertEquals(201, responded.status(), responded.body());
        if ("PENDING".equals(responded.json().getString("status"))) {
            long reply = responded.json().getJsonNumber("id").longValue();
            var approved = staff(base, "moderator").post("api/moderation/replies/" + reply + "/decision", "{\"action\": \"PUBLISH\"}");
            assertEquals(200, approved.status(), approved.body());
        }
    }

    String page() {
        return "story.html?id=" + id;
    }

    /** A demo account's client, logged in once and kept ({@link DemoSessions}). */
    static Api staff(URL base, String who) {
        return DemoSessions.of(base, who, () -> {
            var api = new Api(base);
            var login = patiently(() -> api.logIn(who + "@demo.example", PASSWORD));
            assertEquals(200, login.status(), login.body());
            return api;
        });
    }
}
