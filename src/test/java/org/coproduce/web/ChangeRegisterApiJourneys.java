package org.coproduce.web;

import static org.coproduce.web.Pages.patiently;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.coproduce.testing.Api;
import org.coproduce.testing.Reply;
import org.junit.jupiter.api.Test;

/**
 * The change register and the responses are one story (issue 11): a response's change is in the
 * register, the register moves the stories' progress, the change form's picker offers the
 * organisation's routed stories, and no organisation links another's story (issue 12). Runs in a
 * deployment with the demo data (the responder answers for Aire Valley Hospital North).
 */
interface ChangeRegisterApiJourneys {

    URL base();

    @Test
    default void aResponseRecordingAChangeCreatesAnEntryAndAnotherJoinsIt() {
        String mark = mark();
        var first = PublishedStory.about(base(), "Maternity Unit", "Register first " + mark);
        var responder = PublishedStory.staff(base(), "responder");
        respond(responder, first, "{\"kind\": \"PLANNED\", \"description\": \"Night visits for partners " + mark + "\"}");

        var entry = onlyChange(registerOf(northId(), "PLANNED"), "Night visits for partners " + mark);
        assertEquals(List.of(first.id()), storyIds(entry), "the entry links the answered story");
        assertEquals("CHANGE_PLANNED", progress(first), "the register moves the story on");

        var second = PublishedStory.about(base(), "Maternity Unit", "Register second " + mark);
        long changeId = entry.getJsonNumber("id").longValue();
        respond(responder, second, "{\"kind\": \"MADE\", \"changeId\": " + changeId + "}");
        var joined = patiently(() -> new Api(base()).get("api/changes/" + changeId)).json();
        assertEquals("MADE", joined.getString("status"), "a response saying made marks the joined change made");
        assertEquals(List.of(first.id(), second.id()), storyIds(joined).stream().sorted().toList());
        assertEquals("CHANGE_MADE", progress(first), "every story of a made change shows it");
        assertEquals("CHANGE_MADE", progress(second));
        var view = new Api(base()).get("api/stories/" + second.id()).json();
        var recorded = view.getJsonArray("responses").getJsonObject(view.getJsonArray("responses").size() - 1).getJsonObject("change");
        assertEquals("Night visits for partners " + mark, recorded.getString("description"), "the response quotes the change it joined");
    }

    @Test
    default void aChangeMarkedMadeInTheRegisterShowsOnItsStories() {
        String mark = mark();
        var story = PublishedStory.about(base(), "Emergency Department", "Made later " + mark);
        story.answer("Thank you, we are looking into it.");
        assertEquals("RESPONDED", progress(story));
        var responder = PublishedStory.staff(base(), "responder");
        var created = responder.post("api/changes", change(northId(), "Triage nurse at the door " + mark, story.id(), "PLANNED", null));
        assertEquals(201, created.status(), created.body());
        assertEquals("CHANGE_PLANNED", progress(story));
        var id = created.json().getJsonNumber("id");
        var made = responder.put("api/changes/" + id + "?version=" + created.json().getJsonNumber("version"),
                change(northId(), "Triage nurse at the door " + mark, story.id(), "MADE", LocalDate.now(ZoneOffset.UTC).toString()));
        assertEquals(200, made.status(), made.body());
        assertEquals("CHANGE_MADE", progress(story), "a story linked to a made change no longer says planned");
        assertTrue(registerOf(northId(), "MADE").stream().anyMatch(c -> c.getJsonNumber("id").equals(id)), "the register lists it as made");
    }

    @Test
    default void thePickerFindsTheOrganisationsRoutedStoriesBySearch() {
        String mark = mark();
        var ours = PublishedStory.about(base(), "Maternity Unit", "Picker ours " + mark);
        var theirs = PublishedStory.about(base(), "Zentrale Notaufnahme", "Picker theirs " + mark);
        var responder = PublishedStory.staff(base(), "responder");
        var found = responder.get("api/changes/stories?organisation=" + northId() + "&q=" + mark);
        assertEquals(200, found.status(), found.body());
        assertEquals(List.of(ours.id()), found.items().stream().map(s -> ((JsonObject) s).getJsonNumber("id").longValue()).toList(),
                "only the organisation's routed story matches");
        assertEquals("Picker ours " + mark, found.items().getJsonObject(0).getString("title"));
        var byNumber = responder.get("api/changes/stories?organisation=" + northId() + "&q=%23" + ours.id());
        assertEquals(ours.id(), byNumber.items().getJsonObject(0).getJsonNumber("id").longValue(), "found by its number too");
        assertEquals(0, responder.get("api/changes/stories?organisation=" + northId() + "&q=%23" + theirs.id()).items().size());

        assertEquals(403, responder.get("api/changes/stories?organisation=" + organisationId("Klinikum Freiburg-Dreisam")).status(),
                "a responder does not search another organisation's stories");
        assertEquals(401, new Api(base()).get("api/changes/stories?organisation=" + northId()).status());
        var bad = responder.get("api/changes/stories?organisation=abc");
        assertEquals(400, bad.status());
        assertEquals(List.of("organisation"), bad.violatedFields());
    }

    @Test
    default void aResponderCannotLinkAnotherOrganisationsStoryOrService() {
        String mark = mark();
        var theirs = PublishedStory.about(base(), "Zentrale Notaufnahme", "Not yours " + mark);
        var ours = PublishedStory.about(base(), "Maternity Unit", "Yours " + mark);
        var responder = PublishedStory.staff(base(), "responder");

        var refused = responder.post("api/changes", change(northId(), "Claiming " + mark, theirs.id(), "PLANNED", null));
        assertEquals(403, refused.status(), refused.body());
        assertEquals("application/problem+json", refused.contentType());
        assertTrue(refused.json().getString("detail").contains("storyIds " + theirs.id()), refused.body());
        assertTrue(registerOf(northId(), null).stream().noneMatch(c -> c.getString("description").contains(mark)), "nothing recorded");

        long foreignService = new Api(base()).get("api/services?q=Zentrale+Notaufnahme").items().getJsonObject(0).getJsonNumber("id").longValue();
        var withService = responder.post("api/changes", """
                {"organisationId": %d, "description": "Services %s", "serviceIds": [%d], "storyIds": [%d]}"""
                .formatted(northId(), mark, foreignService, ours.id()));
        assertEquals(403, withService.status(), withService.body());
        assertTrue(withService.json().getString("detail").contains("serviceIds " + foreignService), withService.body());

        var created = responder.post("api/changes", change(northId(), "Ours " + mark, ours.id(), "PLANNED", null));
        assertEquals(201, created.status(), created.body());
        var added = responder.put("api/changes/" + created.json().getJsonNumber("id"), """
                {"organisationId": %d, "description": "Ours %s", "storyIds": [%d, %d]}""".formatted(northId(), mark, ours.id(), theirs.id()));
        assertEquals(403, added.status(), "adding another organisation's story later is refused too: " + added.body());
        assertEquals("UNHEARD", progress(theirs), "the other organisation's story shows no change of ours");
    }

    @Test
    default void theRegisterFiltersByStatus() {
        var api = new Api(base());
        var planned = api.get("api/changes?status=planned&size=100");
        assertEquals(200, planned.status(), planned.body());
        assertTrue(planned.items().stream().allMatch(c -> "PLANNED".equals(((JsonObject) c).getString("status"))));
        assertTrue(planned.json().getInt("total") > 0, "the demo's responses planned changes: they are in the register");
        assertTrue(api.get("api/changes?status=MADE").json().getInt("total") > 0, "and made some");
        var bad = api.get("api/changes?status=SOON");
        assertEquals(400, bad.status());
        assertEquals(List.of("status"), bad.violatedFields());
    }

    private static String mark() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private void respond(Api responder, PublishedStory story, String change) {
        var responded = patiently(() -> responder.post("api/stories/" + story.id() + "/responses",
                "{\"text\": \"Thank you, this is what we do.\", \"change\": " + change + "}"));
        assertEquals(201, responded.status(), responded.body());
        if ("PENDING".equals(responded.json().getString("status"))) {
            var approved = PublishedStory.staff(base(), "moderator").post("api/moderation/replies/" + responded.json()
                    .getJsonNumber("id") + "/decision", "{\"action\": \"PUBLISH\"}");
            assertEquals(200, approved.status(), approved.body());
        }
    }

    private static String change(long organisationId, String description, long storyId, String status, String madeOn) {
        return """
                {"organisationId": %d, "description": "%s", "storyIds": [%d], "status": "%s", "madeOn": %s}"""
                .formatted(organisationId, description, storyId, status, madeOn == null ? "null" : "\"" + madeOn + "\"");
    }

    private List<JsonObject> registerOf(long organisationId, String status) {
        Reply page = patiently(() -> new Api(base()).get("api/changes?size=100&organisation=" + organisationId
                + (status == null ? "" : "&status=" + status)));
        assertEquals(200, page.status(), page.body());
        return page.items().stream().map(JsonObject.class::cast).toList();
    }

    private static JsonObject onlyChange(List<JsonObject> changes, String description) {
        var matching = changes.stream().filter(c -> c.getString("description").equals(description)).toList();
        assertEquals(1, matching.size(), "one entry in the register for " + description + ": " + changes.size() + " seen");
        return matching.getFirst();
    }

    private static List<Long> storyIds(JsonObject change) {
        return change.getJsonArray("storyIds").stream().map(v -> ((jakarta.json.JsonNumber) v).longValue()).toList();
    }

    private String progress(PublishedStory story) {
        return patiently(() -> new Api(base()).get("api/stories/" + story.id())).json().getString("progress");
    }

    private long northId() {
        return organisationId(StaffPagesJourneys.AIRE_NORTH);
    }

    private long organisationId(String name) {
        return new Api(base()).get("api/organisations?size=100").items().stream().map(JsonObject.class::cast)
                .filter(o -> o.getString("name").equals(name)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }
}
