package org.coproduce.accountability;

import static org.coproduce.testing.OutcomeSteps.value;
import static org.coproduce.testing.Problems.assertProblem;
import static org.coproduce.testing.Problems.violated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.coproduce.testing.Api;
import org.coproduce.testing.OutcomeSteps;
import org.junit.jupiter.api.Test;

/**
 * "You said, we did" of an organisation and of a service: a change made shows only the stories the
 * public can read, and counts only their storytellers' answers, under 5 suppressed for the public.
 */
public interface YouSaidWeDidJourneys extends OutcomeSteps {

    record Told(long id, String token) {
    }

    @Test
    default void showsAChangeMadeWithItsPublishedStoriesAndTheirAnswersSmallCountsSuppressed() {
        var admin = demo("admin");
        String name = "You said " + UUID.randomUUID().toString().substring(0, 8);
        long organisation = OutcomeSteps.organisation(admin, name);
        long service = OutcomeSteps.service(admin, organisation, name + " clinic");
        var moderator = demo("moderator");
        var told = IntStream.range(0, 8).mapToObj(i -> told(moderator, service, "Evening wait " + i)).toList();
        String madeOn = "\"MADE\",\"madeOn\":\"" + TODAY.minusDays(30) + "\"";
        long made = change(admin, organisation, service, "Evening appointments", told, madeOn);
        long planned = change(admin, organisation, service, "A second reception desk", told.subList(0, 1), "\"PLANNED\"");
        for (int i = 0; i < 8; i++) {
            String answer = i < 5 ? "YES" : i == 5 ? "PARTLY" : "NO";
            var answered = anonymous().post("api/follow/" + told.get(i).token() + "/difference",
                    "{\"changeId\":" + made + ",\"answer\":\"" + answer + "\"}");
            assertEquals(200, answered.status(), answered.body());
        }
        assertEquals(204, anonymous().delete("api/follow/" + told.get(6).token()).status(), "the storyteller withdraws story 6");
        hide(moderator, told.get(7).id());
        var published = told.subList(0, 6).stream().map(Told::id).collect(Collectors.toSet());

        var seen = anonymous().get("api/organisations/" + organisation + "/you-said-we-did");
        assertEquals(200, seen.status(), seen.body());
        var report = seen.json();
        assertEquals("ORGANISATION", report.getJsonObject("scope").getString("kind"));
        assertTrue(report.getBoolean("suppressed"));
        var change = only(report.getJsonObject("made"), made);
        assertEquals(published, storyIds(change), "only the stories the public can read");
        assertTrue(change.getJsonArray("stories").getJsonObject(0).getString("link").startsWith("story.html?id="));
        assertEquals(List.of(), change.getJsonArray("proposals"));
        assertEquals("access.timeliness", change.getJsonArray("themes").getJsonObject(0).getString("code"));
        var difference = change.getJsonObject("difference");
        assertEquals(6, value(difference.getJsonObject("asked")), "six storytellers of public stories were asked");
        assertEquals(5, value(difference.getJsonObject("YES")));
        assertTrue(difference.getJsonObject("PARTLY").getBoolean("suppressed"), "one answer: fewer than 5");
        assertTrue(difference.getJsonObject("NO").isNull("value"));
        assertTrue(change.getJsonObject("evidence").getBoolean("suppressed"), "no stories before: not shown in public");
        var progress = only(report.getJsonObject("inProgress"), planned);
        assertFalse(progress.containsKey("evidence") || progress.containsKey("difference"), "nothing to measure yet");

        var exact = only(admin.get("api/organisations/" + organisation + "/you-said-we-did").json().getJsonObject("made"), made);
        var answers = exact.getJsonObject("difference");
        assertEquals(List.of(6L, 5L, 1L, 0L, 0L), List.of("asked", "YES", "PARTLY", "NO", "TOO_EARLY").stream()
                .map(a -> value(answers.getJsonObject(a))).toList(), "the answers of the withdrawn and the hidden story are not counted");
        assertFalse(exact.getJsonObject("evidence").getBoolean("suppressed"));
        assertEquals(0, value(admin.get("api/changes/" + made).json().getJsonObject("difference").getJsonObject("NO")),
                "the register counts the same answers");

        var byService = anonymous().get("api/services/" + service + "/you-said-we-did").json();
        assertEquals(organisation, byService.getJsonObject("scope").getJsonNumber("organisationId").longValue());
        assertEquals(published, storyIds(only(byService.getJsonObject("made"), made)));
        only(byService.getJsonObject("inProgress"), planned);
    }

    @Test
    default void anUnknownOrganisationOrServiceIsNotFound() {
        assertProblem(anonymous().get("api/organisations/999999999/you-said-we-did"), 404);
        assertProblem(anonymous().get("api/organisations/abc/you-said-we-did"), 404);
        assertProblem(anonymous().get("api/services/999999999/you-said-we-did"), 404);
        long north = organisationNamed("Aire Valley Hospital North");
        assertEquals(List.of("months"), violated(anonymous().get("api/organisations/" + north + "/you-said-we-did?months=0")));
    }

    /** A story about the service, published with a concern about waiting. */
    private Told told(Api moderator, long service, String title) {
        var sent = anonymous().post("api/stories", "{\"serviceIds\":[" + service + "],\"relation\":\"SERVICE_USER\",\"happened\":\""
                + MONTH + "\",\"title\":\"" + title + "\",\"story\":\"Nobody told me how long it would be.\"}");
        assertEquals(202, sent.status(), sent.body());
        long id = sent.json().getJsonNumber("id").longValue();
        long version = moderator.get("api/moderation/stories/" + id).json().getJsonNumber("version").longValue();
        var published = moderator.post("api/moderation/stories/" + id + "/decision", "{\"action\":\"PUBLISH\",\"version\":" + version
                + ",\"title\":\"" + title + "\",\"text\":\"Nobody told me how long it would be.\",\"criticality\":2,"
                + "\"themes\":[{\"code\":\"access.timeliness\",\"polarity\":\"IMPROVE\"}]}");
        assertEquals(200, published.status(), published.body());
        return new Told(id, sent.json().getString("followToken"));
    }

    private long change(Api admin, long organisation, long service, String description, List<Told> stories, String status) {
        String ids = stories.stream().map(s -> String.valueOf(s.id())).collect(Collectors.joining(","));
        var created = admin.post("api/changes", "{\"organisationId\":" + organisation + ",\"description\":\"" + description
                + "\",\"serviceIds\":[" + service + "],\"themes\":[\"access.timeliness\"],\"storyIds\":[" + ids + "],\"status\":"
                + status + "}");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private void hide(Api moderator, long story) {
        long version = moderator.get("api/moderation/reports/stories/" + story).json().getJsonNumber("version").longValue();
        var hidden = moderator.post("api/moderation/reports/stories/" + story + "/decision", "{\"action\":\"HIDE\",\"version\":" + version
                + ",\"reason\":\"It names a member of staff.\"}");
        assertEquals(200, hidden.status(), hidden.body());
    }

    /** The one change of a part, which must be this one. */
    private static JsonObject only(JsonObject part, long id) {
        assertEquals(1, part.getInt("total"), part.toString());
        var change = part.getJsonArray("changes").getJsonObject(0);
        assertEquals(id, change.getJsonNumber("id").longValue());
        return change;
    }

    private static Set<Long> storyIds(JsonObject change) {
        return change.getJsonArray("stories").stream().map(s -> s.asJsonObject().getJsonNumber("id").longValue())
                .collect(Collectors.toSet());
    }
}
