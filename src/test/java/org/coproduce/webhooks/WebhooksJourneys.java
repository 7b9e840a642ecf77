package org.coproduce.webhooks;

import static org.coproduce.testing.Eventually.eventually;
import static org.coproduce.testing.Problems.violated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.coproduce.testing.Api;
import org.coproduce.testing.Journeys;
import org.coproduce.testing.TestMail;
import org.coproduce.testing.WebhookReceiver;
import org.junit.jupiter.api.Test;

/**
 * Signed webhooks against a real receiver on loopback (issue 17): a story's life arrives signed and
 * in order, a failing receiver is retried with back-off and disabled (with an e-mail), a target
 * inside the network is refused. The ITs run with COPRODUCE_WEBHOOK_RETRY_MS 1000 and
 * COPRODUCE_WEBHOOK_DISABLE_AFTER 3 (failsafe configuration).
 */
public interface WebhooksJourneys extends Journeys {

    String ALL_EVENTS = "[\"story.routed\",\"story.published\",\"response.published\",\"change.recorded\",\"change.made\",\"report.received\"]";

    @Test
    default void aStorysLifeArrivesSignedAndInOrderAndOnlyAtItsOwnOrganisation() throws Exception {
        var admin = demo("admin");
        long organisation = webhookOrganisation(admin, "Webhook trust");
        long service = webhookService(admin, organisation);
        long elsewhere = webhookOrganisation(admin, "Webhook elsewhere");
        try (var receiver = new WebhookReceiver(); var bystander = new WebhookReceiver()) {
            var endpoint = register(admin, organisation, receiver.url(), ALL_EVENTS);
            receiver.trust(endpoint.getString("secret"));
            var other = register(admin, elsewhere, bystander.url(), ALL_EVENTS);
            bystander.trust(other.getString("secret"));
            assertFalse(admin.get("api/webhooks/" + endpoint.getJsonNumber("id")).body().contains("whsec_"), "the secret is shown once");

            long story = tell(anonymous(), service, "Webhook story " + UUID.randomUUID());
            publishNow(story);
            var responder = as(newResponder("webhook-responder", "Webhook Responder", organisation), "a long enough password");
            long response = responder.post("api/stories/" + story + "/responses", "{\"text\":\"We have changed the rota.\"}")
                    .json().getJsonNumber("id").longValue();
            var moderator = demo("moderator");
            if (!"PUBLISHED".equals(moderator.get("api/moderation/replies/" + response).json().getString("status"))) {
                assertEquals(200, moderator.post("api/moderation/replies/" + response + "/decision", "{\"action\":\"PUBLISH\"}").status());
            }
            var change = responder.post("api/changes", "{\"organisationId\":" + organisation + ",\"description\":\"Night rota "
                    + story + "\",\"serviceIds\":[" + service + "],\"storyIds\":[" + story + "]}");
            assertEquals(201, change.status(), change.body());
            long changeId = change.json().getJsonNumber("id").longValue();
            var made = responder.put("api/changes/" + changeId, "{\"organisationId\":" + organisation + ",\"description\":\"Night rota "
                    + story + "\",\"serviceIds\":[" + service + "],\"storyIds\":[" + story + "],\"status\":\"MADE\",\"madeOn\":\"2026-11-30\"}");
            assertEquals(200, made.status(), made.body());
            var reported = anonymous().post("api/stories/" + story + "/reports", "{\"reason\":\"OTHER\",\"text\":\"Jane is named here\"}");
            assertEquals(202, reported.status(), reported.body());

            var expected = List.of("story.routed", "story.published", "response.published", "change.recorded", "change.made", "report.received");
            var arrived = awaitReceived(receiver, r -> r.size() >= expected.size());
            assertEquals(expected, arrived.stream().map(WebhookReceiver.Received::type).toList(), "in the order they happened");
            for (var request : arrived) {
                assertTrue(request.signed(), "signed as the specification says: " + request.body());
                assertTrue(request.fresh(), "a current timestamp");
                assertFalse(request.seenBefore(), "one id per event");
                assertFalse(request.body().contains("Jane") || request.body().contains("07700") || request.body().contains("teller@"),
                        "no storyteller data: " + request.body());
                assertEquals(List.of((int) organisation), request.payload().getJsonObject("data").getJsonArray("organisationIds")
                        .getValuesAs(jakarta.json.JsonNumber.class).stream().map(jakarta.json.JsonNumber::intValue).toList());
            }
            assertEquals(story, arrived.get(2).payload().getJsonObject("data").getJsonNumber("storyId").longValue());
            assertEquals(response, arrived.get(2).payload().getJsonObject("data").getJsonNumber("responseId").longValue());
            assertEquals(changeId, arrived.get(4).payload().getJsonObject("data").getJsonNumber("changeId").longValue());
            assertEquals("OTHER", arrived.get(5).payload().getJsonObject("data").getString("reason"), "the reason's code, not the reader's words");

            var log = eventually(() -> admin.get("api/webhooks/" + endpoint.getJsonNumber("id") + "/deliveries"),
                    r -> r.items().stream().map(JsonObject.class::cast).allMatch(d -> d.getString("status").equals("DELIVERED")));
            assertEquals(6, log.json().getInt("total"));
            var first = log.items().getJsonObject(5);
            assertEquals(1, first.getInt("attempts"));
            assertEquals(204, first.getInt("lastStatusCode"));
            assertNotNull(first.get("lastDurationMs"));

            var again = admin.post("api/webhooks/" + endpoint.getJsonNumber("id") + "/deliveries/" + first.getJsonNumber("id")
                    + "/redelivery", "");
            assertEquals(202, again.status(), again.body());
            var redelivered = awaitReceived(receiver, r -> r.size() > expected.size()).get(expected.size());
            assertEquals(arrived.getFirst().id(), redelivered.id(), "a redelivery keeps the webhook-id, so receivers can drop it");
            assertTrue(redelivered.signed() && redelivered.seenBefore());
            Thread.sleep(1000);
            assertEquals(List.of(), bystander.received(), "another organisation hears nothing of this story");
        }
    }

    @Test
    default void aFailingReceiverIsRetriedWithBackOffThenDisabledAndItsManagersAreEmailed() throws Exception {
        var admin = demo("admin");
        long organisation = webhookOrganisation(admin, "Webhook failing");
        long service = webhookService(admin, organisation);
        String manager = "webhook-quality-" + UUID.randomUUID() + "@example.org";
        assertEquals(201, admin.post("api/accounts", "{\"email\":\"" + manager + "\",\"displayName\":\"Webhook Quality\",\"role\":"
                + "\"QUALITY_MANAGER\",\"organisationIds\":[" + organisation + "],\"password\":\"a long enough password\"}").status());
        try (var receiver = new WebhookReceiver()) {
            receiver.answer(500);
            var endpoint = register(admin, organisation, receiver.url(), "[\"story.published\"]");
            receiver.trust(endpoint.getString("secret"));
            String path = "api/webhooks/" + endpoint.getJsonNumber("id");

            publishNow(tell(anonymous(), service, "Webhook failing " + UUID.randomUUID()));
            var attempts = awaitReceived(receiver, r -> r.size() >= 3);
            assertTrue(attempts.stream().allMatch(WebhookReceiver.Received::signed));
            assertEquals(1, attempts.stream().map(WebhookReceiver.Received::id).distinct().count(), "retries keep the webhook-id");
            // Back-off of 1 s, then 2 s, counted from the failed answer, which comes after this receiver noted
            // the request's arrival: so each wait measured here is at least the back-off (the outbox rounds a
            // delayed task's due time up to the second it keeps; cut off, a retry could come up to 1 s early).
            long firstWait = (attempts.get(1).arrivedNanos() - attempts.get(0).arrivedNanos()) / 1_000_000;
            long secondWait = (attempts.get(2).arrivedNanos() - attempts.get(1).arrivedNanos()) / 1_000_000;
            assertTrue(firstWait >= 950, "waited 1 s after the first failure: " + firstWait + " ms");
            assertTrue(secondWait >= 1950, "waited 2 s, twice as long, after the second: " + secondWait + " ms");

            var disabled = eventually(() -> admin.get(path), r -> !r.json().getBoolean("enabled"));
            assertEquals(3, disabled.json().getInt("consecutiveFailures"));
            var delivery = admin.get(path + "/deliveries").items().getJsonObject(0);
            assertEquals("CANCELLED", delivery.getString("status"));
            assertEquals(3, delivery.getInt("attempts"));
            assertEquals(500, delivery.getInt("lastStatusCode"));
            var mail = TestMail.awaitMessage(manager, "Webhook " + endpoint.getJsonNumber("id"), Duration.ofSeconds(30));
            assertTrue(mail.isPresent(), "the organisation's quality manager is told");
            assertTrue(mail.get().body().contains(receiver.url()));
            Thread.sleep(2000);
            assertEquals(3, receiver.received().size(), "nothing more goes to a disabled endpoint");
            var refused = admin.post(path + "/deliveries/" + delivery.getJsonNumber("id") + "/redelivery", "");
            assertEquals(409, refused.status(), refused.body());

            receiver.answer(200);
            long version = admin.get(path).json().getJsonNumber("version").longValue();
            var enabled = admin.put(path, "{\"organisationId\":" + organisation + ",\"url\":\"" + receiver.url() + "\",\"events\":"
                    + "[\"story.published\"],\"enabled\":true,\"version\":" + version + "}");
            assertEquals(200, enabled.status(), enabled.body());
            assertEquals(0, enabled.json().getInt("consecutiveFailures"));
            assertEquals(202, admin.post(path + "/deliveries/" + delivery.getJsonNumber("id") + "/redelivery", "").status());
            eventually(() -> admin.get(path + "/deliveries"), r -> r.items().getJsonObject(0).getString("status").equals("DELIVERED"));
        }
    }

    @Test
    default void aTargetInsideTheNetworkIsRefusedAtRegistrationNamingTheUrl() {
        var admin = demo("admin");
        long organisation = webhookOrganisation(admin, "Webhook blocked");
        for (String target : List.of("http://10.0.0.1/hooks", "http://169.254.169.254/latest/meta-data/", "http://[fd00:ec2::254]/",
                "https://hooks.example.org/coproduce", "file:///etc/passwd", "http://user:secret@127.0.0.1/")) {
            var refused = admin.post("api/webhooks", "{\"organisationId\":" + organisation + ",\"url\":\"" + target
                    + "\",\"events\":[\"story.published\"]}");
            assertEquals(List.of("url"), violated(refused), target);
        }
        assertEquals(List.of(), admin.get("api/webhooks?organisation=" + organisation).array().stream().toList(), "nothing registered");
        var unknownEvent = admin.post("api/webhooks", "{\"organisationId\":" + organisation + ",\"url\":\"http://127.0.0.1:9/\","
                + "\"events\":[\"story.deleted\"]}");
        assertEquals(List.of("events"), violated(unknownEvent));
    }

    private static JsonObject register(Api manager, long organisation, String url, String events) {
        var reply = manager.post("api/webhooks", "{\"organisationId\":" + organisation + ",\"url\":\"" + url + "\",\"events\":" + events + "}");
        assertEquals(201, reply.status(), reply.body());
        assertTrue(reply.json().getString("secret").startsWith("whsec_"));
        return reply.json();
    }

    private static long webhookOrganisation(Api admin, String name) {
        var reply = admin.post("api/organisations", "{\"name\":\"" + name + " " + UUID.randomUUID() + "\",\"country\":\"GB\"}");
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    private static long webhookService(Api admin, long organisation) {
        var reply = admin.post("api/services", "{\"organisationId\":" + organisation + ",\"name\":\"Webhook clinic " + UUID.randomUUID()
                + "\",\"category\":\"HEALTH\",\"country\":\"GB\"}");
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    private static long tell(Api storyteller, long service, String title) {
        var reply = storyteller.post("api/stories", Journeys.submission(service, title));
        assertEquals(202, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    /** The demo moderator publishes, again when the analysis changed the story in between (409). */
    private void publishNow(long story) throws InterruptedException {
        var moderator = demo("moderator");
        for (int attempt = 0; ; attempt++) {
            long version = moderator.get("api/moderation/stories/" + story).json().getJsonNumber("version").longValue();
            var reply = moderator.post("api/moderation/stories/" + story + "/decision", "{\"action\":\"PUBLISH\",\"version\":" + version
                    + ",\"title\":\"Webhook " + story + "\",\"text\":\"Moderated text\",\"criticality\":2}");
            if (reply.status() != 409 || attempt == 20) {
                assertEquals(200, reply.status(), reply.body());
                return;
            }
            Thread.sleep(300);
        }
    }

    private static List<WebhookReceiver.Received> awaitReceived(WebhookReceiver receiver, Predicate<List<WebhookReceiver.Received>> done)
            throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!done.test(receiver.received()) && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        assertTrue(done.test(receiver.received()), "received: " + receiver.received().stream().map(WebhookReceiver.Received::body).toList());
        return receiver.received();
    }
}
