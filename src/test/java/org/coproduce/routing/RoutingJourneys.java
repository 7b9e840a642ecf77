package org.coproduce.routing;

import static org.coproduce.testing.Eventually.eventually;
import static org.coproduce.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coproduce.testing.Api;
import org.coproduce.testing.Journeys;
import org.coproduce.testing.Reply;
import org.coproduce.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** A published story reaches the organisations that answer for it, and escalates when nobody does in time. */
public interface RoutingJourneys extends Journeys {

    @Test
    default void routesToTheParentsAndToOrganisationsWhoseRulesTakeTheStory() throws Exception {
        long trust = organisationNamed("Aire Valley NHS Foundation Trust");
        long care = organisationNamed("Leeds Care Partnership");
        long freiburg = organisationNamed("Klinikum Freiburg-Dreisam");
        var admin = demo("admin");
        assertProblem(demo("moderator").post("api/routing-rules", "{\"organisationId\":" + care + "}"), 403);
        assertEquals(List.of("category"), admin.post("api/routing-rules", "{\"organisationId\":" + care
                + ",\"category\":\"SPACE\"}").violatedFields());
        var near = healthRule(admin, care, 53.80, -1.55);
        var far = healthRule(admin, freiburg, 47.99, 7.84);
        String careResponder = newResponder("care", "Care", care);
        try {
            long id = told("Routed by rule");
            publish(id, 1);
            var routed = routesOf(id);
            assertTrue(routed.contains(trust), "the service's parent organisation: " + routed);
            assertTrue(routed.contains(care), "a HEALTH rule around Leeds: " + routed);
            assertFalse(routed.contains(freiburg), "a HEALTH rule around Freiburg does not reach Leeds: " + routed);
            var inbox = eventually(() -> as(careResponder, "a long enough password").get("api/inbox"),
                    r -> r.json().getInt("total") > 0);
            assertEquals(id, inbox.items().getJsonObject(0).getJsonNumber("storyId").longValue(),
                    "the responders of an organisation a rule brought in are told");
        } finally {
            admin.delete("api/routing-rules/" + near.json().getJsonNumber("id"));
            admin.delete("api/routing-rules/" + far.json().getJsonNumber("id"));
        }
    }

    /** A rule: the organisation takes HEALTH stories within 25 km of the point. */
    private static Reply healthRule(Api admin, long organisation, double latitude, double longitude) {
        var rule = admin.post("api/routing-rules", "{\"organisationId\":" + organisation + ",\"category\":\"HEALTH\","
                + "\"latitude\":" + latitude + ",\"longitude\":" + longitude + ",\"radiusKm\":25}");
        assertEquals(201, rule.status(), rule.body());
        return rule;
    }

    private static Set<Long> routesOf(long id) throws Exception {
        var routed = new HashSet<Long>();
        try (var db = TestDatabase.connect(); var rows = db.createStatement().executeQuery(
                "select organisation_id from story_route where story_id = " + id)) {
            while (rows.next()) {
                routed.add(rows.getLong(1));
            }
        }
        return routed;
    }

    @Test
    default void escalatesAnOverdueStoryToTheQualityManagers() throws InterruptedException {
        long id = told("Overdue story");
        publish(id, 4);
        var quality = demo("quality");
        var item = inboxItem(quality, id);
        for (long until = System.currentTimeMillis() + 30_000; item.isEmpty() && System.currentTimeMillis() < until; item = inboxItem(quality, id)) {
            Thread.sleep(500);
        }
        assertTrue(item.isPresent(), "story " + id + " escalated to the quality manager's inbox within 30 s");
        assertTrue(item.get().getBoolean("overdue"));
    }

    /** The story's item in the inbox, on whichever page its urgency puts it (most urgent first). */
    private static java.util.Optional<jakarta.json.JsonObject> inboxItem(Api account, long storyId) {
        for (int page = 1; page <= 20; page++) {
            var reply = account.get("api/inbox?size=100&page=" + page);
            var found = reply.items().stream().map(v -> v.asJsonObject())
                    .filter(i -> i.getJsonNumber("storyId").longValue() == storyId && i.getString("kind").equals("OVERDUE")).findFirst();
            if (found.isPresent() || reply.items().size() < 100) {
                return found;
            }
        }
        return java.util.Optional.empty();
    }
}
