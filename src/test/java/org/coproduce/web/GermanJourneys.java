package org.coproduce.web;

import static org.coproduce.web.Pages.check;
import static org.coproduce.web.Pages.patiently;
import static org.coproduce.web.Pages.useLanguage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import org.coproduce.testing.Api;
import org.coproduce.testing.TestMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * German from end to end: a story told on the German pages is headed, answered and e-mailed in
 * German, its errors come in German, and user text in another language is marked as such.
 * Runs inside a browser IT's deployment (the class implementing it gives its address).
 */
interface GermanJourneys {

    /** The deployment under test. */
    URL base();

    @Test
    default void aStoryToldInGermanIsHeadedAnsweredAndEmailedInGerman() throws Exception {
        URL base = base();
        String mark = UUID.randomUUID().toString().substring(0, 6);
        String title = "Kreißsaal " + mark;
        String email = "erzaehlerin-" + mark + "@example.org";
        String followLink;
        try (var browser = new Browser(base.toString())) {
            useLanguage(browser, "de");
            browser.open("tell.html");
            browser.type("#service-q", "Maternity Unit");
            browser.waitFor(d -> !d.findElements(By.xpath("//label[contains(., 'Maternity Unit')]/input")).isEmpty());
            browser.driver.findElement(By.xpath("//label[contains(., 'Maternity Unit')]/input")).click();
            browser.click("#relation");
            browser.script("document.querySelector('#happened').value = '2026-10'");
            browser.type("#title", title);
            browser.type("#email", email);
            browser.click("#submit");
            browser.waitFor(d -> !d.findElements(By.cssSelector(".error-summary")).isEmpty());
            String errors = browser.text(".error-summary");
            // The page finds the missing story itself now (every problem at once, in the page's language); the
            // server's German messages are checked through the API in problemsComeInTheCallersLanguage.
            assertTrue(errors.toLowerCase(java.util.Locale.ROOT).contains("ihre geschichte")
                    && errors.contains("mindestens eine der Fragen"), "the message arrives in German: " + errors);
            check(browser, "german-tell-error");

            browser.type("#good", "Die Hebamme ist die ganze Nacht bei uns geblieben und war sehr freundlich.");
            browser.type("#improve", "Ein Stuhl für die Partner wäre gut, und mehr Ruhe in der Nacht.");
            browser.type("#feeling", "Erst ängstlich, dann sehr erleichtert und dankbar.");
            browser.click("#submit");
            followLink = browser.find("#follow-link").getDomAttribute("href");
        }
        String token = followLink.substring(followLink.indexOf('#') + 1);
        long id = patiently(() -> new Api(base).get("api/follow/" + token)).json().getJsonNumber("id").longValue();

        var moderator = PublishedStory.staff(base, "moderator");
        var proposed = patiently(() -> moderator.get("api/moderation/stories/" + id)).json();
        String text = proposed.getString("text");
        assertTrue(text.contains("Was gut war: Die Hebamme") && text.contains("Was besser sein könnte: Ein Stuhl")
                && text.contains("Wie ich mich dabei gefühlt habe: Erst"), "the prompts are headed in German: " + text);
        assertFalse(text.contains("What was good"), text);
        var decision = Json.createObjectBuilder().add("action", "PUBLISH").add("version", proposed.getJsonNumber("version"))
                .add("title", title).add("text", text).add("criticality", 1).build();
        var published = patiently(() -> moderator.post("api/moderation/stories/" + id + "/decision", decision.toString()));
        assertEquals(200, published.status(), published.body());
        answer(base, id, "Danke. Wir stellen ab Januar Stühle für Partner in jeden Raum " + mark + ".", "de-DE");

        try (var browser = new Browser(base.toString())) {
            useLanguage(browser, "de");
            browser.open("story.html?id=" + id);
            browser.waitFor(d -> !d.findElement(By.id("story-text")).getText().isBlank());
            String shown = browser.text("#story-text");
            assertTrue(shown.contains("Was gut war:") && !shown.contains("What was good"), shown);
            assertEquals("de", browser.find("#story-text").getDomAttribute("lang"), "the story is marked German");
            assertEquals("de", browser.find("#responses .story-text").getDomAttribute("lang"), "and so is the German response");
            check(browser, "german-story");
        }

        var mail = TestMail.awaitMessage(email, "Eine Antwort auf Ihre Geschichte: " + title, Duration.ofSeconds(60));
        assertTrue(mail.isPresent(), "the storyteller is told in German: " + TestMail.subjectsTo(email));
        assertTrue(mail.get().body().contains("Die zuständige Organisation hat Ihre Geschichte „" + title + "“"), mail.get().body());
    }

    @Test
    default void problemsComeInTheCallersLanguage() {
        var api = new Api(base());
        var german = api.post("api/stories", "{\"relation\": \"CARER\", \"happened\": \"2026-10\", \"title\": \"Leer\"}",
                "Accept-Language", "de-DE,de;q=0.9,en;q=0.8");
        assertEquals(400, german.status(), german.body());
        assertEquals("Ungültige Eingabe", german.json().getString("title"));
        assertEquals("de", german.header("Content-Language"));
        assertTrue(german.body().contains("erzählen Sie Ihre Geschichte"), german.body());
        var english = api.post("api/stories", "{\"relation\": \"CARER\", \"happened\": \"2026-10\", \"title\": \"Empty\"}",
                "Accept-Language", "en-GB,de;q=0.5");
        assertEquals("Invalid input", english.json().getString("title"));
        assertTrue(english.body().contains("tell your story, or answer at least one of the questions"), english.body());
    }

    @Test
    default void anEnglishStoryOnAGermanPageIsMarkedEnglish() {
        URL base = base();
        String mark = UUID.randomUUID().toString().substring(0, 6);
        var story = toldInEnglish(base, "English on German " + mark);
        answer(base, story.id(), "We have fixed the boiler and will call before every visit " + mark + ".", "en-GB");
        try (var browser = new Browser(base.toString())) {
            useLanguage(browser, "de");
            browser.open(story.page());
            browser.waitFor(d -> !d.findElement(By.id("story-text")).getText().isBlank());
            assertEquals("de", browser.find("html").getDomAttribute("lang"), "the page is German");
            assertEquals("en", browser.find("#story-title").getDomAttribute("lang"));
            assertEquals("en", browser.find("#story-text").getDomAttribute("lang"));
            assertEquals("en", browser.find("#responses .story-text").getDomAttribute("lang"), "the response is marked too");
            check(browser, "german-page-english-story");

            browser.open("search.html?q=" + mark);
            browser.waitFor(d -> d.findElement(By.id("story-results")).getText().contains(story.title()));
            var card = browser.driver.findElement(By.xpath("//a[contains(., '" + story.title() + "')]"));
            assertEquals("en", card.getDomAttribute("lang"), "the story card's title is marked English");
            check(browser, "german-search-english-story");
        }
    }

    /** A story told on the English pages (they send Accept-Language: en) and published as it was told. */
    private static PublishedStory toldInEnglish(URL base, String title) {
        var api = new Api(base);
        long service = patiently(() -> api.get("api/services?q=Maternity")).items().getJsonObject(0).getJsonNumber("id").longValue();
        var told = patiently(() -> api.post("api/stories", """
                {"serviceIds": [%d], "relation": "SERVICE_USER", "happened": "2026-09", "title": "%s",
                 "story": "The staff listened and the repair was done in a week."}""".formatted(service, title),
                "Accept-Language", "en-GB,en;q=0.9"));
        assertEquals(202, told.status(), told.body());
        long id = told.json().getJsonNumber("id").longValue();
        PublishedStory.publish(base, id, title);
        return new PublishedStory(base, id, title, told.json().getString("followToken"));
    }

    /** The demo responder answers from pages in this language (the moderator approves the answer when it is held back). */
    private static void answer(URL base, long id, String text, String language) {
        var responded = patiently(() -> PublishedStory.staff(base, "responder").post("api/stories/" + id + "/responses",
                Json.createObjectBuilder().add("text", text).addNull("change").build().toString(), "Accept-Language", language));
        assertEquals(201, responded.status(), responded.body());
        if ("PENDING".equals(responded.json().getString("status"))) {
            var approved = PublishedStory.staff(base, "moderator").post("api/moderation/replies/"
                    + responded.json().getJsonNumber("id") + "/decision", "{\"action\": \"PUBLISH\"}");
            assertEquals(200, approved.status(), approved.body());
        }
    }
}
