package org.coproduce.web;

import static org.coproduce.web.Pages.check;
import static org.coproduce.web.Pages.logIn;
import static org.coproduce.web.Pages.openFromList;
import static org.coproduce.web.Pages.patiently;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;

/** A story in the browser: told, moderated, answered, replied to, shown safely, found; and withdrawn. */
public interface StoryPagesJourneys extends BrowserJourneys {

    String ATTACK = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\"> "
            + "<a href=\"javascript:window.pwned=3\">click</a>";

    /** Tell → moderate → publish → respond → the storyteller sees it and replies; search; the map; safe text. */
    @Test
    default void storyJourneyFromTellingToAnswer() {
        assumeTrue(storiesApiIsThere(), "the stories API is not there yet");
        String word = "Zebrastreifen" + UUID.randomUUID().toString().substring(0, 6);
        String title = "Waiting room " + word;
        String followLink = tellAfterFixingErrors(title, word);
        moderateRedactingTheEmailAddress(title);
        String storyUrl = respondWithAPlannedChange(title);
        theStorytellerSeesTheAnswerAndReplies(followLink);
        theStoryIsShownSafelyAndFound(storyUrl, title, word);
    }

    /** The empty form shows linked errors; the filled form (with a place and an attack in the text) is previewed and sent. */
    private String tellAfterFixingErrors(String title, String word) {
        try (var browser = browser()) {
            browser.open("tell.html");
            browser.click("#submit");
            assertTrue(browser.find(".error-summary").isDisplayed());
            var invalid = browser.all("[aria-invalid='true']");
            assertFalse(invalid.isEmpty(), "fields with errors are marked");
            for (var field : invalid) {
                String describedBy = field.getDomAttribute("aria-describedby");
                assertTrue(describedBy != null && describedBy.contains("-error"), "error linked to " + field.getDomAttribute("name"));
            }
            check(browser, "tell-errors");
            fillInTheStory(browser, title, word);
            browser.click("#preview-button");
            assertTrue(browser.text("#preview").contains(title));
            assertTrue(browser.text("#preview").contains("<script>"), "the preview shows the text as text");
            check(browser, "tell-preview");
            browser.click("#submit");
            String followLink = browser.find("#follow-link").getDomAttribute("href");
            assertTrue(followLink.contains("follow.html#"), followLink);
            check(browser, "tell-done");

            browser.driver.get(followLink);
            browser.awaitReady();
            assertEquals(title, browser.text("#follow-title"));
            assertEquals("Received, waiting for moderation", browser.text("#status-badge"));
            check(browser, "follow-received");
            return followLink;
        }
    }

    private static void fillInTheStory(Browser browser, String title, String word) {
        browser.type("#service-q", "Maternity Unit");
        browser.waitFor(d -> d.findElement(By.id("service-results")).getText().contains("Maternity Unit"));
        browser.driver.findElement(By.xpath("//label[contains(., 'Maternity Unit')]/input")).click();
        browser.click("#relation");
        browser.script("document.querySelector('#happened').value = '2026-10'");
        browser.type("#title", title);
        browser.type("#story", "I waited six hours with a broken arm. Nurse Anna Schmidt (anna.schmidt@example.org) was kind. "
                + word + " " + ATTACK);
        browser.type("#good", "The nurse explained everything.");
        browser.type("#improve", "Tell people how long the wait is.");
        browser.type("#feeling", "Forgotten, then relieved.");
        var map = browser.find("#place-map");
        browser.script("arguments[0].scrollIntoView({block: 'center'})", map);
        new Actions(browser.driver).moveToElement(map, 20, 20).click().perform();
        browser.waitFor(d -> d.findElement(By.id("place-chosen")).getText().startsWith("The point is at"));
    }

    /** The moderator applies the analysis's redactions (or redacts by hand if it is late) and publishes. */
    private void moderateRedactingTheEmailAddress(String title) {
        try (var browser = browser()) {
            logIn(browser, "moderator");
            openFromList(browser, "#queue a", title);
            browser.find("#decision");
            boolean analysed = awaitAnalysis(browser);
            if (analysed) {
                assertTrue(browser.all("#highlighted mark.pd").stream().anyMatch(m -> m.getDomProperty("textContent").equals("anna.schmidt@example.org")),
                        "the e-mail address found by the analysis is highlighted in the text");
            }
            check(browser, "moderate");
            for (var redact : browser.all(".pd-suggestion button")) {
                redact.click();
            }
            if (analysed) {
                assertFalse(browser.find("#text").getDomProperty("value").contains("anna.schmidt@example.org"), "replaced in place");
            } else {
                browser.script("const text = document.querySelector('#text'); text.value = text.value.replace('anna.schmidt@example.org', '[e-mail]')");
            }
            browser.click("#publish");
            browser.waitFor(d -> d.getCurrentUrl().contains("decided=PUBLISH"));
        }
    }

    /** The responder answers from the inbox with a planned change; the story's public address. */
    private String respondWithAPlannedChange(String title) {
        try (var browser = browser()) {
            logIn(browser, "responder");
            openFromList(browser, "#inbox a", title);
            check(browser, "inbox-respond");
            browser.type("#text", "Thank you. We are adding a screen that shows waiting times.");
            browser.click("input[name=changeKind][value=PLANNED]");
            browser.type("#description", "A waiting-time screen in the waiting room.");
            browser.click("#response button[type=submit]");
            var sent = browser.find("#response-sent");
            if ("PENDING".equals(sent.getDomAttribute("data-status"))) {
                approveReplies();
            }
            return browser.find("#response a").getDomAttribute("href");
        }
    }

    private void theStorytellerSeesTheAnswerAndReplies(String followLink) {
        try (var browser = browser()) {
            browser.driver.get(followLink);
            browser.awaitReady();
            browser.waitFor(d -> d.findElement(By.id("responses")).getText().contains("waiting-time screen"));
            assertEquals("Published", browser.text("#status-badge"));
            browser.type("#reply-text", "Thank you, that would help a lot.");
            browser.click("#reply button[type=submit]");
            browser.waitFor(d -> !d.findElement(By.id("reply-status")).getText().isBlank());
            check(browser, "follow-answered");
        }
    }

    /** Markup in the story is text, no script ran, the redaction was published; search and the map find it. */
    private void theStoryIsShownSafelyAndFound(String storyUrl, String title, String word) {
        try (var browser = browser()) {
            browser.driver.get(storyUrl);
            browser.awaitReady();
            BrowserJourneys.record("story (first visit)", browser.performance());
            assertEquals(title, browser.text("#story-title"));
            String text = browser.text("#story-text");
            assertTrue(text.contains("<script>"), "markup in a story is shown as text: " + text);
            assertEquals(0, browser.all("#story-text *").size(), "no element was created from the story");
            assertEquals(0, browser.all("a[href^='javascript']").size());
            assertEquals(null, browser.script("return window.pwned"), "no script from the story ran");
            assertFalse(text.contains("anna.schmidt@example.org"), "the redaction was published, not the original");
            assertTrue(browser.text("#responses").contains("Change planned"));
            browser.click("#me-too");
            browser.waitFor(d -> "true".equals(d.findElement(By.id("me-too")).getDomAttribute("aria-pressed")));
            check(browser, "story");

            browser.open("search.html?q=" + word);
            assertTrue(browser.text("#story-results").contains(title), "search finds the story");
            check(browser, "search-stories");
            browser.open("map.html");
            browser.waitFor(d -> !d.findElements(By.cssSelector("path.leaflet-interactive")).isEmpty());
            check(browser, "map-stories");
        }
    }

    @Test
    default void storytellerWithdrawsFromTheFollowPage() {
        assumeTrue(storiesApiIsThere(), "the stories API is not there yet");
        long service = patiently(() -> anonymous().get("api/services?q=Maternity")).items().getJsonObject(0).getJsonNumber("id").longValue();
        var told = patiently(() -> anonymous().post("api/stories", """
                {"serviceIds": [%d], "relation": "RELATIVE", "happened": "2026-09", "title": "Withdraw me",
                 "story": "The night staff were rushed but kind."}""".formatted(service)));
        assertEquals(202, told.status(), told.body());
        try (var browser = browser()) {
            browser.open("follow.html#" + told.json().getString("followToken"));
            assertEquals("Withdraw me", browser.text("#follow-title"));
            browser.click("#withdraw");
            browser.click("#withdraw-yes");
            browser.waitFor(d -> d.findElement(By.id("follow-status")).getText().contains("withdrawn"));
            check(browser, "follow-withdrawn");
            browser.open("");
            browser.open("follow.html#not-a-token");
            assertTrue(browser.text("#follow-status").contains("does not lead to a story"));
        }
    }
}
