package org.coproduce.web;

import static org.coproduce.web.Pages.check;
import static org.coproduce.web.Pages.checkBothWidths;
import static org.coproduce.web.Pages.logIn;
import static org.coproduce.web.Pages.patiently;
import static org.coproduce.web.Pages.useLanguage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.coproduce.testing.Api;
import org.coproduce.testing.TestMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Moderating responses and storytellers' replies, through the API and on the staff pages in
 * English and German: edit out personal data ("replace all") and publish, reject with a reason,
 * safeguarding concerns in plain words, escalation by e-mail, the confirmation after a decision,
 * the original on demand. Runs inside a browser IT deployment that gives its address.
 */
interface ModerationPagesJourneys {

    String PHONE = "07700 900123";
    String EMAIL = "jo.bloggs@example.org";

    URL base();

    // ---- API

    @Test
    default void moderatorEditsARepliesPersonalDataOutAndPublishesIt() {
        var story = PublishedStory.about(base(), "Maternity Unit", "Moderation API edit " + mark());
        long reply = storytellerReplies(story, "Ring me on " + PHONE + " or write to " + EMAIL + ". Again: " + PHONE + ", thanks.");
        var moderator = PublishedStory.staff(base(), "moderator");

        assertEquals(401, new Api(base()).get("api/moderation/replies/" + reply).status(), "anonymous");
        assertEquals(403, PublishedStory.staff(base(), "responder").get("api/moderation/replies/" + reply).status(), "a responder");
        assertEquals(403, PublishedStory.staff(base(), "responder").post("api/moderation/replies/" + reply + "/decision",
                "{\"action\": \"PUBLISH\"}").status(), "a responder may not decide");
        assertEquals(200, PublishedStory.staff(base(), "admin").get("api/moderation/replies/" + reply).status(), "an admin");
        assertEquals(404, moderator.get("api/moderation/replies/999999999").status());
        var listed = moderator.get("api/moderation/replies?size=100").items().stream().map(v -> v.asJsonObject())
                .filter(r -> r.getJsonNumber("id").longValue() == reply).findFirst().orElseThrow();
        assertEquals(3, listed.getInt("personalData"), listed.toString());
        assertFalse(listed.getBoolean("safeguarding"));
        String openApi = new Api(base()).get(base().toString().replaceAll("^(https?://[^/]+)/.*$", "$1") + "/openapi", "*/*").body();
        assertTrue(openApi.contains("/api/moderation/replies/{id}:") && openApi.contains("/api/moderation/replies/{id}/decision:"),
                "the new endpoints are in the OpenAPI document");

        var view = moderator.get("api/moderation/replies/" + reply);
        assertEquals(200, view.status(), view.body());
        var found = view.json().getJsonArray("personalData").stream().map(v -> v.asJsonObject()).toList();
        assertTrue(found.stream().anyMatch(pd -> pd.getString("kind").equals("phone") && pd.getString("text").equals(PHONE)), view.body());
        assertTrue(found.stream().anyMatch(pd -> pd.getString("kind").equals("email") && pd.getString("replacement").equals("[email]")),
                view.body());
        assertEquals(0, view.json().getJsonArray("safeguarding").size(), view.body());
        assertEquals(story.title(), view.json().getString("storyTitle"));
        assertEquals("STORYTELLER", view.json().getString("kind"));
        long version = view.json().getJsonNumber("version").longValue();

        var stale = moderator.post("api/moderation/replies/" + reply + "/decision",
                "{\"action\": \"PUBLISH\", \"version\": " + (version + 1) + "}");
        assertEquals(409, stale.status(), stale.body());
        var empty = moderator.post("api/moderation/replies/" + reply + "/decision",
                "{\"action\": \"PUBLISH\", \"version\": " + version + ", \"text\": \"  \"}");
        assertEquals(List.of("text"), empty.violatedFields(), empty.body());

        String edited = "Ring me on [phone] or write to [email]. Again: [phone], thanks.";
        var published = moderator.post("api/moderation/replies/" + reply + "/decision",
                "{\"action\": \"PUBLISH\", \"version\": " + version + ", \"text\": \"" + edited + "\"}");
        assertEquals(200, published.status(), published.body());
        assertEquals("PUBLISHED", published.json().getString("status"));
        String page = new Api(base()).get("api/stories/" + story.id()).body();
        assertTrue(page.contains(edited), "the public sees the edited text: " + page);
        assertFalse(page.contains(PHONE), "and not the phone number");
        var audit = published.json().getJsonArray("audit").getJsonObject(0);
        assertEquals("PUBLISH_REPLY", audit.getString("action"));
        assertTrue(audit.getString("textBefore").contains(PHONE), "the trail keeps the text before");
        assertEquals(edited, audit.getString("textAfter"));
        assertEquals(409, moderator.post("api/moderation/replies/" + reply + "/decision", "{\"action\": \"REJECT\", \"reasonCode\": \"OTHER\","
                + " \"reason\": \"late\"}").status(), "decided already");
    }

    @Test
    default void moderatorRejectsAReplyWithAReasonFromTheList() {
        var story = PublishedStory.about(base(), "Maternity Unit", "Moderation API reject " + mark());
        long reply = storytellerReplies(story, "This is about something else entirely " + mark());
        var moderator = PublishedStory.staff(base(), "admin"); // admins may moderate too
        String decision = "api/moderation/replies/" + reply + "/decision";

        assertEquals(List.of("reasonCode"), moderator.post(decision, "{\"action\": \"REJECT\"}").violatedFields());
        assertEquals(List.of("reasonCode"), moderator.post(decision, "{\"action\": \"REJECT\", \"reasonCode\": \"BORING\"}").violatedFields());
        assertEquals(List.of("reason"), moderator.post(decision, "{\"action\": \"REJECT\", \"reasonCode\": \"OTHER\"}").violatedFields());
        assertEquals(List.of("action"), moderator.post(decision, "{\"action\": \"HIDE\"}").violatedFields());

        var rejected = moderator.post(decision, "{\"action\": \"REJECT\", \"reasonCode\": \"OFF_TOPIC\", \"reason\": \"About another ward.\"}");
        assertEquals(200, rejected.status(), rejected.body());
        var view = moderator.get("api/moderation/replies/" + reply).json();
        assertEquals("REJECTED", view.getString("status"));
        assertEquals("OFF_TOPIC", view.getString("rejectionReason"));
        assertEquals("About another ward.", view.getString("rejectionNote"));
        var audit = view.getJsonArray("audit").getJsonObject(0);
        assertEquals("REJECT_REPLY", audit.getString("action"));
        assertEquals("OFF_TOPIC: About another ward.", audit.getString("reason"));
        assertFalse(new Api(base()).get("api/stories/" + story.id()).body().contains("something else entirely"), "not public");
    }

    @Test
    default void moderatorEscalatesASafeguardingConcernByEmail() throws Exception {
        var story = PublishedStory.about(base(), "Maternity Unit", "Moderation API escalate " + mark());
        long reply = storytellerReplies(story, "Ich will nicht mehr leben, niemand hilft mir.");
        var moderator = PublishedStory.staff(base(), "moderator");
        var view = moderator.get("api/moderation/replies/" + reply).json();
        assertEquals("suicide", view.getJsonArray("safeguarding").getJsonObject(0).getString("kind"), view.toString());

        String decision = "api/moderation/replies/" + reply + "/decision";
        assertEquals(List.of("reason"), moderator.post(decision, "{\"action\": \"ESCALATE\"}").violatedFields());
        var escalated = moderator.post(decision, "{\"action\": \"ESCALATE\", \"reason\": \"Please contact the storyteller today.\"}");
        assertEquals(200, escalated.status(), escalated.body());
        assertEquals("PENDING", escalated.json().getString("status"), "escalating decides nothing");
        assertEquals("ESCALATE_REPLY", escalated.json().getJsonArray("audit").getJsonObject(0).getString("action"));

        String body = escalationMail(story.id());
        assertTrue(body.contains("Please contact the storyteller today."), body);
        assertTrue(body.contains("thinking of ending their life"), "the concern in plain words: " + body);
        assertTrue(body.contains("/staff/reply.html?id=" + reply), body);
        assertFalse(body.contains("niemand hilft mir"), "the text itself stays in the system: " + body);
    }

    // ---- pages


    @Test
    default void moderatorReplacesAllPersonalDataInAReplyAndPublishesItInGerman() {
        editAndPublish("de", "Erledigt: Die Antwort ist veröffentlicht.");
    }

    private void editAndPublish(String language, String confirmation) {
        var story = PublishedStory.about(base(), "Maternity Unit", "Moderation page edit " + language + " " + mark());
        String text = "Ring me on " + PHONE + " or write to " + EMAIL + ". Again: " + PHONE + ", thanks " + mark() + ".";
        long reply = storytellerReplies(story, text);
        try (var moderator = new Browser(base().toString())) {
            useLanguage(moderator, language);
            logIn(moderator, "moderator");
            moderator.open("staff/moderation.html");
            var item = moderator.all("#replies li.card").stream().filter(c -> c.getText().contains(text)).findFirst()
                    .orElseThrow(() -> new AssertionError("the reply waits for moderation"));
            moderator.navigate(() -> item.findElement(By.cssSelector("a.button")).click());
            assertTrue(moderator.driver.getCurrentUrl().contains("reply.html?id=" + reply), moderator.driver.getCurrentUrl());
            moderator.find("#reply");
            checkBothWidths(moderator, "reply-decide-" + language);

            assertEquals(text, moderator.find("#text").getDomProperty("value"), "one copy of the text, to edit");
            assertEquals(1, moderator.all("textarea#text").size());
            var original = moderator.find("#original-details");
            assertEquals(null, original.getDomAttribute("open"), "the original only on demand");
            assertFalse(moderator.all("#highlighted").getFirst().isDisplayed());
            assertEquals(2, moderator.all(".pd-suggestion").size(), "the phone number found twice is one suggestion, the e-mail another");

            moderator.click("#replace-all");
            String edited = moderator.find("#text").getDomProperty("value");
            assertFalse(edited.contains(PHONE) || edited.contains(EMAIL), edited);
            assertTrue(edited.contains("[phone]") && edited.contains("[email]"), edited);
            assertFalse(moderator.text("#replace-all-status").isBlank());

            moderator.click("#original-details summary");
            assertTrue(moderator.all("#highlighted mark.pd").stream().anyMatch(m -> m.getText().equals(PHONE)),
                    "the original, with the personal data marked, on demand");
            check(moderator, "reply-decide-replaced-" + language);

            moderator.click("#publish");
            moderator.waitFor(d -> d.getCurrentUrl().contains("decided=PUBLISH"));
            moderator.awaitReady();
            assertEquals(confirmation, moderator.text("#decided"));
            check(moderator, "moderation-decided-" + language);

            moderator.open(story.page());
            String responses = moderator.text("#responses");
            assertTrue(responses.contains("[phone]"), responses);
            assertFalse(responses.contains(PHONE), "the public text is the edited one: " + responses);
        }
    }

    @Test
    default void moderatorRejectsAReplyWithAReasonOnThePage() {
        rejectWithReason("en", "Done: the reply is rejected, with your reason kept.");
    }


    private void rejectWithReason(String language, String confirmation) {
        var story = PublishedStory.about(base(), "Maternity Unit", "Moderation page reject " + language + " " + mark());
        long reply = storytellerReplies(story, "Off topic " + mark());
        try (var moderator = new Browser(base().toString())) {
            useLanguage(moderator, language);
            logIn(moderator, "moderator");
            moderator.open("staff/reply.html?id=" + reply);
            moderator.click("#reject");
            StaffPagesJourneys.assertLinkedError(moderator, "#reasonCode");
            check(moderator, "reply-reject-errors-" + language);

            new org.openqa.selenium.support.ui.Select(moderator.find("#reasonCode")).selectByValue("OFF_TOPIC");
            moderator.type("#reason", "About another ward.");
            moderator.click("#reject");
            moderator.waitFor(d -> d.getCurrentUrl().contains("decided=REJECT"));
            moderator.awaitReady();
            assertEquals(confirmation, moderator.text("#decided"));
        }
        var view = PublishedStory.staff(base(), "moderator").get("api/moderation/replies/" + reply).json();
        assertEquals("OFF_TOPIC", view.getString("rejectionReason"));
        assertEquals("About another ward.", view.getString("rejectionNote"));
    }


    @Test
    default void safeguardingConcernInPlainWordsIsEscalatedInGerman() throws Exception {
        safeguarding("de", "Ich will nicht mehr leben, niemand hilft mir.", "Jemand denkt vielleicht daran, sich das Leben zu nehmen.");
    }

    private void safeguarding(String language, String text, String plainWords) throws Exception {
        var story = PublishedStory.about(base(), "Maternity Unit", "Moderation page safeguarding " + language + " " + mark());
        long reply = storytellerReplies(story, text);
        try (var moderator = new Browser(base().toString())) {
            useLanguage(moderator, language);
            logIn(moderator, "moderator");
            moderator.open("staff/reply.html?id=" + reply);
            String concern = moderator.text("#safeguarding");
            assertTrue(concern.contains(plainWords), concern);
            assertFalse(concern.toLowerCase().contains("suicide"), "no code word: " + concern);
            assertTrue(concern.contains("de".equals(language) ? "112" : "999"), "what to do in an emergency: " + concern);
            assertTrue(concern.contains(text), "the passage that raised it: " + concern);
            checkBothWidths(moderator, "reply-safeguarding-" + language);

            moderator.open("staff/moderation.html");
            var item = moderator.all("#replies li.card").stream()
                    .filter(c -> c.findElement(By.cssSelector("a.button")).getDomAttribute("href").endsWith("reply.html?id=" + reply))
                    .findFirst().orElseThrow();
            assertTrue(item.findElements(By.cssSelector("button")).isEmpty(), "a flagged reply is not published from the list");
            assertTrue(item.findElement(By.cssSelector(".notice.warn")).isDisplayed());
            moderator.navigate(() -> item.findElement(By.cssSelector("a.button")).click());

            moderator.click("#escalate");
            StaffPagesJourneys.assertLinkedError(moderator, "#escalation-reason");
            moderator.type("#escalation-reason", "Please contact the storyteller today.");
            moderator.click("#escalate");
            moderator.waitFor(d -> !d.findElement(By.id("escalate-status")).getText().isBlank());
            moderator.waitFor(d -> moderator.all("#audit tbody tr").size() == 1);
            check(moderator, "reply-escalated-" + language);
        }
        assertTrue(escalationMail(story.id()).contains("Please contact the storyteller today."));
    }

    @Test
    default void storyDecisionPageShowsConcernsInPlainWordsAndEscalates() throws Exception {
        storyDecision("en", "The midwife was kind, but since then I want to die and nobody helps me. Ring me on " + PHONE + ".",
                PHONE, "Someone may be thinking of ending their life.", "Safeguarding concern escalated: story ",
                "Done: the story is published.");
    }

    /** A story flagged by the analysis: concerns in plain words, replace all, escalate (e-mail in the story's language), publish. */
    private void storyDecision(String language, String text, String phone, String plainWords, String subject, String confirmation)
            throws Exception {
        String title = "Moderation story " + language + " " + mark();
        var api = new Api(base());
        long serviceId = patiently(() -> api.get("api/services?q=Maternity%20Unit")).items().getJsonObject(0).getJsonNumber("id").longValue();
        var told = patiently(() -> api.post("api/stories", jakarta.json.Json.createObjectBuilder()
                .add("serviceIds", jakarta.json.Json.createArrayBuilder().add(serviceId)).add("relation", "SERVICE_USER")
                .add("happened", "2026-09").add("title", title).add("story", text).build().toString()));
        assertEquals(202, told.status(), told.body());
        long id = told.json().getJsonNumber("id").longValue();
        var moderatorApi = PublishedStory.staff(base(), "moderator");
        long until = System.currentTimeMillis() + 180_000;
        while (!BrowserJourneys.hasAnalysis(moderatorApi.get("api/moderation/stories/" + id).json())) {
            assertTrue(System.currentTimeMillis() < until, "the analysis of story " + id + " never arrived");
            Thread.sleep(500);
        }
        try (var moderator = new Browser(base().toString())) {
            useLanguage(moderator, language);
            logIn(moderator, "moderator");
            moderator.open("staff/decide.html?id=" + id);
            moderator.find("#decide");
            String concern = moderator.text("#safeguarding");
            assertTrue(concern.contains(plainWords), concern);
            assertFalse(concern.toLowerCase().contains("suicide"), "no code word: " + concern);
            assertEquals(1, moderator.all("textarea#text").size(), "one copy of the text");
            assertEquals(null, moderator.find("#original-details").getDomAttribute("open"), "the original only on demand");
            checkBothWidths(moderator, "decide-safeguarding-" + language);

            moderator.click("#replace-all");
            assertFalse(moderator.find("#text").getDomProperty("value").contains(phone), "replaced");
            moderator.type("#escalation-reason", "Please call the storyteller back today.");
            moderator.click("#escalate");
            moderator.waitFor(d -> !d.findElement(By.id("escalate-status")).getText().isBlank());
            String mail = TestMail.awaitMessage("admin@demo.example", subject + id, Duration.ofSeconds(60))
                    .orElseThrow(() -> new AssertionError("no escalation e-mail: " + subject + id)).body();
            assertTrue(mail.contains("Please call the storyteller back today.") && mail.contains("/staff/decide.html?id=" + id), mail);
            assertFalse(mail.contains(phone), "the story's text stays in the system");

            moderator.click("#criticality-0");
            moderator.click("#publish");
            moderator.waitFor(d -> d.getCurrentUrl().contains("decided=PUBLISH"));
            moderator.awaitReady();
            assertEquals(confirmation, moderator.text("#decided"));
        }
        String published = new Api(base()).get("api/stories/" + id).body();
        assertFalse(published.contains(phone), published);
    }

    // ---- helpers

    /** The storyteller replies through the follow link; the id of the reply waiting for moderation. */
    private long storytellerReplies(PublishedStory story, String text) {
        var sent = patiently(() -> new Api(base()).post("api/follow/" + story.followToken() + "/replies",
                jakarta.json.Json.createObjectBuilder().add("text", text).build().toString()));
        assertEquals(202, sent.status(), sent.body());
        var moderator = PublishedStory.staff(base(), "moderator");
        return moderator.get("api/moderation/replies?size=100").items().stream().map(v -> v.asJsonObject())
                .filter(r -> r.getJsonNumber("storyId").longValue() == story.id() && r.getString("text").equals(text))
                .mapToLong(r -> r.getJsonNumber("id").longValue()).findFirst()
                .orElseThrow(() -> new AssertionError("the reply waits for moderation"));
    }

    /** The body of the escalation e-mail about a reply to this story, sent to the demo administrator. */
    private static String escalationMail(long storyId) throws Exception {
        String subject = "Safeguarding concern escalated: a reply to story " + storyId;
        var mail = TestMail.awaitMessage("admin@demo.example", subject, Duration.ofSeconds(60))
                .orElseThrow(() -> new AssertionError("no e-mail \"" + subject + "\" to admin@demo.example"));
        assertEquals(subject, mail.subject());
        return mail.body();
    }

    private static String mark() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
