package org.coproduce.following;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.coproduce.testing.Journeys;
import org.coproduce.testing.TestMail;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/**
 * Following without an account (issue 16 item 6): the Atom feed of a service shows its published
 * stories and nothing else; an address follows the service (double opt-in), gets a digest with a
 * newly published story in its language, and after the one-click unsubscribe no more.
 * COPRODUCE_DIGEST_DAILY_SECONDS is 3 in the ITs. The widget page (item 7) may be framed by the
 * origins its organisation allows, and no other page by anyone.
 */
public interface FollowingJourneys extends Journeys {

    String FORM = "application/x-www-form-urlencoded";

    @Test
    default void aFollowerGetsADigestOfNewStoriesUntilUnsubscribingAndTheFeedShowsOnlyWhatIsPublic() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var admin = demo("admin");
        long organisation = admin.post("api/organisations", "{\"name\":\"Followed trust " + tag + "\",\"country\":\"GB\"}")
                .json().getJsonNumber("id").longValue();
        long service = admin.post("api/services", "{\"organisationId\":" + organisation + ",\"name\":\"Followed clinic " + tag
                + "\",\"category\":\"HEALTH\",\"country\":\"GB\"}").json().getJsonNumber("id").longValue();
        var empty = feed("feeds/services/" + service);
        assertEquals(List.of(), empty.getEntries());

        String email = "follower-" + tag + "@example.org";
        var visitor = anonymous();
        assertEquals(List.of("kind"), visitor.post("api/subscriptions", body(email, "SHOP", "1")).violatedFields());
        assertEquals(List.of("target"), visitor.post("api/subscriptions", body(email, "SERVICE", "0")).violatedFields());
        var accepted = visitor.post("api/subscriptions", body(email, "SERVICE", String.valueOf(service)));
        assertEquals(202, accepted.status(), accepted.body());
        var confirmation = TestMail.awaitMessage(email, "Bitte bestätigen", Duration.ofSeconds(60))
                .orElseThrow(() -> new AssertionError("the confirmation e-mail, in German"));
        assertTrue(confirmation.body().contains("Followed clinic " + tag), confirmation.body());
        assertNotNull(confirmation.oneClick(), "the confirmation can be unsubscribed in one click");
        long earlyStory = told(service, "Before confirming " + tag);
        publish(earlyStory, 1);
        Thread.sleep(5_000);
        assertEquals(1, TestMail.subjectsTo(email).size(), "nothing but the confirmation before confirming");
        String token = confirmation.tokenAfter("/updates.html#confirm=");
        var confirmed = anonymous().post("api/subscriptions/confirmation", "{\"token\":\"" + token + "\"}");
        assertEquals(200, confirmed.status(), confirmed.body());
        assertEquals("Followed clinic " + tag, confirmed.json().getString("name"));
        assertEquals(200, anonymous().post("api/subscriptions/confirmation", "{\"token\":\"" + token + "\"}").status(), "again");
        assertEquals(404, anonymous().post("api/subscriptions/confirmation", "{\"token\":\"not-" + token + "\"}").status());

        long story = told(service, "Digest " + tag);
        publish(story, 1);
        long unpublished = told(service, "Unpublished " + tag);
        var digest = TestMail.awaitMessage(email, "Neu auf Coproduce", Duration.ofSeconds(60))
                .orElseThrow(() -> new AssertionError("the digest with the new story"));
        assertTrue(digest.body().contains("Published " + story) && digest.body().contains("/story.html?id=" + story), digest.body());
        assertFalse(digest.body().contains("Published " + earlyStory), "only stories published after confirming");
        assertFalse(digest.body().contains("teller@example.org") || digest.body().contains("Jane Smith"), digest.body());
        assertEquals("List-Unsubscribe=One-Click", digest.listUnsubscribePost());

        var withStories = feed("feeds/services/" + service);
        List<Entry> entries = withStories.getEntries();
        assertEquals(List.of("Published " + story, "Published " + earlyStory), entries.stream().map(Entry::getTitleEx)
                .map(t -> t.getValue()).toList(), "the published stories, newest first; never the one awaiting moderation " + unpublished);
        for (Entry entry : entries) {
            assertNotNull(entry.getId());
            assertNotNull(entry.getUpdated());
            assertTrue(entry.getAlternateLinks().stream().map(Link::getHref).anyMatch(h -> h.contains("/story.html?id=")));
        }
        String raw = anonymous().get("feeds/services/" + service, "application/atom+xml").body();
        assertFalse(raw.contains("teller@example.org") || raw.contains("Jane Smith") || raw.contains("Unpublished " + tag), raw);
        assertEquals(200, anonymous().get("feeds/organisations/" + organisation, "application/atom+xml").status());
        assertEquals(List.of("bbox"), anonymous().get("api/feeds/area?bbox=1,2,3").violatedFields());
        assertEquals(404, anonymous().get("api/feeds/services/999999999", "application/atom+xml").status());

        String oneClick = "api/" + digest.oneClick().substring(digest.oneClick().indexOf("/api/") + 5);
        assertEquals(200, anonymous().send("POST", oneClick, FORM, "List-Unsubscribe=One-Click").status(), "RFC 8058");
        assertEquals(200, anonymous().send("POST", oneClick, FORM, "List-Unsubscribe=One-Click").status(), "again");
        int before = TestMail.subjectsTo(email).size();
        publish(told(service, "After unsubscribing " + tag), 1);
        Thread.sleep(8_000);
        assertEquals(before, TestMail.subjectsTo(email).size(), "no digest after unsubscribing");
    }

    @Test
    default void theWidgetPageMayBeFramedByTheOriginsItsOrganisationAllowsAndNoOtherPageMay() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var admin = demo("admin");
        long organisation = admin.post("api/organisations", "{\"name\":\"Widget trust " + tag + "\",\"country\":\"GB\"}")
                .json().getJsonNumber("id").longValue();
        assertEquals(401, anonymous().get("api/widgets/" + organisation).status());
        assertEquals(List.of("origins"), admin.put("api/widgets/" + organisation, "{\"origins\":[\"https://x.example/path\"]}")
                .violatedFields());
        var allowed = admin.put("api/widgets/" + organisation, "{\"origins\":[\"https://Provider-" + tag + ".example/\"]}");
        assertEquals(200, allowed.status(), allowed.body());
        String origin = "https://provider-" + tag + ".example";
        assertEquals(origin, allowed.json().getJsonArray("origins").getString(0));
        assertTrue(allowed.json().getString("snippet").contains("widget.html?organisation=" + organisation), allowed.body());

        var widget = anonymous().get("widget.html?organisation=" + organisation, "text/html");
        assertEquals(200, widget.status());
        String policy = widget.header("Content-Security-Policy");
        assertTrue(policy.contains("frame-ancestors " + origin + ";"), policy);
        assertFalse(policy.contains("'none'; form-action"), policy);
        assertFalse("DENY".equals(widget.header("X-Frame-Options")), "X-Frame-Options DENY is not sent (Payara's listener adds"
                + " SAMEORIGIN when none is set, which browsers ignore beside frame-ancestors)");
        for (String other : List.of("widget.html?organisation=" + (organisation + 100_000), "organisation.html?id=" + organisation,
                "index.html", "api/organisations/" + organisation)) {
            var answer = anonymous().get(other, "text/html, application/json");
            assertTrue(answer.header("Content-Security-Policy").contains("frame-ancestors 'none'"), other);
            assertEquals("DENY", answer.header("X-Frame-Options"), other);
        }
        assertEquals(200, admin.put("api/widgets/" + organisation, "{\"origins\":[]}").status());
        assertTrue(anonymous().get("widget.html?organisation=" + organisation, "text/html").header("Content-Security-Policy")
                .contains("frame-ancestors 'none'"), "none allowed: framed nowhere");
    }

    private long told(long service, String title) {
        var reply = anonymous().post("api/stories", "{\"serviceIds\":[" + service + "],\"relation\":\"SERVICE_USER\","
                + "\"happened\":\"2026-09\",\"title\":\"" + title + "\",\"story\":\"" + ORIGINAL + "\",\"email\":\"teller@example.org\"}");
        assertEquals(202, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    private static String body(String email, String kind, String target) {
        return "{\"email\":\"" + email + "\",\"kind\":\"" + kind + "\",\"target\":\"" + target
                + "\",\"digest\":\"DAILY\",\"language\":\"de\"}";
    }

    /** The feed, parsed by ROME as Atom 1.0, with the elements RFC 4287 requires of a feed. */
    private Feed feed(String path) throws Exception {
        var reply = anonymous().get(path, "application/atom+xml");
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/atom+xml"), reply.contentType());
        var input = new WireFeedInput();
        input.setXmlHealerOn(false);
        var feed = (Feed) input.build(new InputSource(new StringReader(reply.body())));
        assertEquals("atom_1.0", feed.getFeedType());
        assertNotNull(feed.getId(), "feed id");
        assertNotNull(feed.getUpdated(), "feed updated");
        assertNotNull(feed.getTitleEx(), "feed title");
        assertTrue(feed.getOtherLinks().stream().anyMatch(l -> "self".equals(l.getRel()) && l.getHref().endsWith(path)),
                "a self link");
        assertFalse(feed.getAuthors().isEmpty(), "an author (RFC 4287 4.1.1)");
        return feed;
    }

}
