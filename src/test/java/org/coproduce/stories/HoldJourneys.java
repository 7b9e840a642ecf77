package org.coproduce.stories;

import static org.coproduce.testing.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.coproduce.testing.Api;
import org.coproduce.testing.Journeys;
import org.coproduce.testing.TestMail;
import org.junit.jupiter.api.Test;

/**
 * Held for the provider: a critical or safeguarding story is routed but not public until its
 * period is over (COPRODUCE_HOLD_SECONDS in the ITs), a responder of the organisation
 * acknowledges it, or a moderator releases it; the storyteller hears of each step by e-mail in
 * the language they told it in.
 */
public interface HoldJourneys extends Journeys {

    /** A story told in this language with an address of its own; {id, followToken, title, email}. */
    private Told toldWithAddress(String language) {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String email = "held-" + marker + "@example.org";
        String title = "Held " + marker;
        var reply = anonymous().post("api/stories", "{\"serviceIds\":[" + emergencyDepartment() + "],\"relation\":\"SERVICE_USER\","
                + "\"happened\":\"2026-09\",\"title\":\"" + title + "\",\"story\":\"I waited six hours on a trolley in the corridor.\","
                + "\"email\":\"" + email + "\"}", "Accept-Language", language);
        assertEquals(202, reply.status(), reply.body());
        return new Told(reply.json().getJsonNumber("id").longValue(), reply.json().getString("followToken"), title, email);
    }

    record Told(long id, String token, String title, String email) {
    }

    private JsonObject decide(Told story, int criticality, String hold) {
        var moderator = demo("moderator");
        long version = moderator.get("api/moderation/stories/" + story.id()).json().getJsonNumber("version").longValue();
        var reply = moderator.post("api/moderation/stories/" + story.id() + "/decision", "{\"action\":\"PUBLISH\",\"version\":" + version
                + ",\"title\":\"" + story.title() + "\",\"text\":\"Moderated " + story.title() + "\",\"criticality\":" + criticality
                + (hold == null ? "" : ",\"hold\":" + hold) + "}");
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    /** Absent from every public read: the story itself, the list, the search and the map. */
    private void notPublic(Told story) {
        assertEquals(404, anonymous().get("api/stories/" + story.id()).status(), "held: not public");
        assertEquals(0, anonymous().get("api/stories?q=" + story.id()).json().getInt("total"));
        assertFalse(anonymous().get("api/stories/places?size=2000").body().contains("\"id\":" + story.id() + ","));
    }

    private boolean isPublic(Told story) {
        return anonymous().get("api/stories/" + story.id()).status() == 200
                && anonymous().get("api/stories?q=" + story.id()).json().getInt("total") == 1;
    }

    private JsonObject follow(Told story) {
        return anonymous().get("api/follow/" + story.token()).json();
    }

    private static String mail(Told story, String subject) throws Exception {
        return TestMail.awaitMessage(story.email(), subject, Duration.ofSeconds(60))
                .orElseThrow(() -> new AssertionError("no e-mail '" + subject + "' to " + story.email())).body();
    }

    private boolean audited(Told story, String action, String reason) {
        return demo("moderator").get("api/moderation/stories/" + story.id()).json().getJsonArray("audit").stream()
                .map(JsonObject.class::cast).anyMatch(a -> a.getString("action").equals(action)
                        && (reason == null || reason.equals(a.getString("reason", null))));
    }

    @Test
    default void aHeldStoryBecomesPublicAfterThePeriodUnlessTheModeratorKeepsIt() throws Exception {
        long organisation = anonymous().get("api/services/" + emergencyDepartment()).json().getJsonNumber("organisationId").longValue();
        String responderEmail = newResponder("held-alerts", "Pat Held", organisation);
        var responder = as(responderEmail, "a long enough password");
        assertEquals(200, responder.put("api/subscriptions/" + emergencyDepartment(), "{\"minCriticality\":0}").status());
        var story = toldWithAddress("en");
        var kept = toldWithAddress("en");

        assertEquals("HELD", decide(story, 5, null).getString("status"));
        decide(kept, 4, null);
        notPublic(story);
        var followed = follow(story);
        assertEquals("HELD", followed.getString("status"));
        Instant until = Instant.parse(followed.getString("heldUntil"));
        assertTrue(until.isAfter(Instant.now().minusSeconds(5)), "held until " + until);
        var alert = eventually(() -> responder.get("api/inbox?size=100"), r -> r.items().stream().map(JsonObject.class::cast)
                .anyMatch(i -> i.getJsonNumber("storyId").longValue() == story.id()));
        var item = alert.items().stream().map(JsonObject.class::cast).filter(i -> i.getJsonNumber("storyId").longValue() == story.id())
                .findFirst().orElseThrow();
        assertTrue(item.getBoolean("held"), "the organisation sees it first: " + item);
        assertEquals(story.title(), item.getString("storyTitle"));
        var alerted = TestMail.awaitMessage(responderEmail, story.title(), Duration.ofSeconds(60))
                .orElseThrow(() -> new AssertionError("the organisation is alerted by e-mail to a held story"));
        assertTrue(alerted.body().contains("/staff/respond.html?story=" + story.id()), alerted.body());
        var routed = responder.get("api/inbox/stories/" + story.id());
        assertEquals(200, routed.status(), routed.body());
        assertTrue(routed.json().getBoolean("held"));
        assertEquals("Moderated " + story.title(), routed.json().getJsonObject("story").getString("text"), "the organisation reads it first");
        String held = mail(story, "Your story is with the organisation first: " + story.title());
        assertTrue(held.contains("/follow.html#") && held.contains("It will be public on"), held);

        Instant keptUntil = Instant.parse(follow(kept).getString("heldUntil"));
        var moderator = demo("moderator");
        long version = moderator.get("api/moderation/stories/" + kept.id()).json().getJsonNumber("version").longValue();
        assertEquals(409, moderator.post("api/moderation/stories/" + kept.id() + "/hold",
                "{\"action\":\"KEEP\",\"version\":" + (version - 1) + "}").status(), "a stale version");
        var keep = moderator.post("api/moderation/stories/" + kept.id() + "/hold", "{\"action\":\"KEEP\",\"version\":" + version + "}");
        assertEquals(200, keep.status(), keep.body());
        assertTrue(!keep.json().containsKey("heldUntil") || keep.json().isNull("heldUntil"), keep.body());
        assertFalse(follow(kept).containsKey("heldUntil"), "held until released");

        eventually(() -> anonymous().get("api/stories/" + story.id()), r -> r.status() == 200, 120);
        assertTrue(isPublic(story));
        assertEquals("PUBLISHED", follow(story).getString("status"));
        assertTrue(audited(story, "RELEASE", "PERIOD_OVER"));
        String published = mail(story, "Your story is published: " + story.title());
        assertTrue(published.contains("/story.html?id=" + story.id()), published);

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), keptUntil.plusSeconds(5)).toMillis()));
        notPublic(kept);
        assertEquals("HELD", follow(kept).getString("status"), "kept held past its period (was " + keptUntil + ")");
        assertTrue(audited(kept, "KEEP_HELD", null));
    }

    @Test
    default void aResponderOfTheOrganisationAcknowledgesAHeldStoryAndItIsPublicAtOnce() throws Exception {
        long organisation = anonymous().get("api/services/" + emergencyDepartment()).json().getJsonNumber("organisationId").longValue();
        var responder = as(newResponder("held-ack", "Kim Acker", organisation), "a long enough password");
        var story = toldWithAddress("de");
        decide(story, 4, null);
        notPublic(story);
        String held = mail(story, "Ihre Geschichte liegt zuerst der Organisation vor: " + story.title());
        assertTrue(held.contains("öffentlich") && held.contains("/follow.html#"), held);

        assertEquals(403, demo("quality").post("api/stories/" + story.id() + "/acknowledgement", "{}").status());
        assertEquals(409, responder.post("api/stories/" + story.id() + "/acknowledgement?version=0", "{}").status(), "a stale version");
        var ack = responder.post("api/stories/" + story.id() + "/acknowledgement", "{}");
        assertEquals(200, ack.status(), ack.body());
        assertEquals("PUBLISHED", ack.json().getString("status"));
        assertTrue(isPublic(story), "public at once");
        assertEquals(409, responder.post("api/stories/" + story.id() + "/acknowledgement", "{}").status(), "public already");
        assertTrue(audited(story, "RELEASE", "ACKNOWLEDGED"));
        String published = mail(story, "Ihre Geschichte ist veröffentlicht: " + story.title());
        assertTrue(published.contains("/story.html?id=" + story.id()) && published.contains("/follow.html#"), published);

        var response = responder.post("api/stories/" + story.id() + "/responses", "{\"text\":\"Danke, wir kümmern uns darum.\"}");
        assertEquals(201, response.status(), response.body());
        if ("PENDING".equals(response.json().getString("status"))) {
            assertEquals(200, demo("moderator").post("api/moderation/replies/" + response.json().getJsonNumber("id") + "/decision",
                    "{\"action\":\"PUBLISH\"}").status());
        }
        String answered = mail(story, "Eine Antwort auf Ihre Geschichte: " + story.title());
        assertTrue(answered.contains("/follow.html#"), answered);
    }

    @Test
    default void theModeratorHoldsOrReleasesWhatTheRuleWouldNot() throws Exception {
        var mild = toldWithAddress("en");
        assertEquals("HELD", decide(mild, 1, "true").getString("status"), "held by the moderator's choice");
        notPublic(mild);
        var moderator = demo("moderator");
        long version = moderator.get("api/moderation/stories/" + mild.id()).json().getJsonNumber("version").longValue();
        var stale = moderator.post("api/moderation/stories/" + mild.id() + "/hold", "{\"action\":\"RELEASE\",\"version\":" + (version - 1) + "}");
        assertEquals(409, stale.status(), stale.body());
        notPublic(mild);
        assertEquals(400, moderator.post("api/moderation/stories/" + mild.id() + "/hold", "{\"action\":\"LATER\",\"version\":" + version + "}")
                .status());
        var released = moderator.post("api/moderation/stories/" + mild.id() + "/hold", "{\"action\":\"RELEASE\",\"version\":" + version + "}");
        assertEquals(200, released.status(), released.body());
        assertEquals("PUBLISHED", released.json().getString("status"));
        assertTrue(isPublic(mild));
        assertTrue(audited(mild, "RELEASE", "MODERATOR"));
        mail(mild, "Your story is published: " + mild.title());
        assertEquals(409, moderator.post("api/moderation/stories/" + mild.id() + "/hold", "{\"action\":\"RELEASE\",\"version\":"
                + (version + 1) + "}").status(), "not held any more");

        var critical = toldWithAddress("de");
        assertEquals("PUBLISHED", decide(critical, 5, "false").getString("status"), "published at once by the moderator's choice");
        assertTrue(isPublic(critical));
        String published = mail(critical, "Ihre Geschichte ist veröffentlicht: " + critical.title());
        assertTrue(published.contains("/story.html?id=" + critical.id()), published);
    }

    @Test
    default void aRejectedStorytellerHearsWhyAndHowToTellItAgainInTheirLanguage() throws Exception {
        for (String language : new String[] {"en", "de"}) {
            var story = toldWithAddress(language);
            var moderator = demo("moderator");
            long version = moderator.get("api/moderation/stories/" + story.id()).json().getJsonNumber("version").longValue();
            assertEquals(200, moderator.post("api/moderation/stories/" + story.id() + "/decision", "{\"action\":\"REJECT\",\"version\":"
                    + version + ",\"reason\":\"It names a member of staff.\"}").status());
            String subject = language.equals("de") ? "Ihre Geschichte wurde nicht veröffentlicht: " : "Your story was not published: ";
            String text = mail(story, subject + story.title());
            assertTrue(text.contains("It names a member of staff.") && text.contains("/tell.html") && text.contains("/follow.html#"), text);
            assertTrue(text.contains(language.equals("de") ? "Der Grund" : "The reason"), text);
        }
    }
}
