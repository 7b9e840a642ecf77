package org.coproduce.web;

import static org.coproduce.web.Pages.PASSWORD;
import static org.coproduce.web.Pages.check;
import static org.coproduce.web.Pages.patiently;
import static org.coproduce.web.Pages.useLanguage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.testing.Api;
import org.coproduce.testing.TestMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 11, points 2, 3 and 8, in a real browser, in English and German: staff land where their
 * role can act, forms say every problem at once in the page's language, and the storyteller keeps
 * the follow link (copied, e-mailed) and control over the story (withdraw when rejected).
 */
interface FormsAndRolesJourneys {

    URL base();

    private Browser browser() {
        return new Browser(base().toString());
    }

    // ---- 2. Staff land where they can act

    @Test
    default void eachRoleLandsOnItsOwnStartPage() {
        landing("en");
    }


    private void landing(String language) {
        var starts = Map.of("quality", "/outcomes.html", "moderator", "/staff/moderation.html",
                "responder", "/staff/inbox.html", "admin", "/staff/admin.html");
        starts.forEach((who, start) -> {
            try (var browser = browser()) {
                useLanguage(browser, language);
                logInAs(browser, who, PASSWORD);
                browser.waitFor(d -> d.getCurrentUrl().endsWith(start));
            }
        });
        try (var quality = browser()) {
            useLanguage(quality, language);
            logInAs(quality, "quality", PASSWORD);
            quality.waitFor(d -> d.getCurrentUrl().endsWith("/outcomes.html"));
            quality.open("staff/moderation.html");
            assertTrue(quality.driver.getCurrentUrl().endsWith("/staff/moderation.html"), "no silent bounce to the login page");
            String said = quality.text("main");
            assertTrue(said.contains("de".equals(language) ? "nicht für Ihre Rolle" : "not for your role"), said);
            var home = quality.find("#role-home");
            assertTrue(home.getDomAttribute("href").endsWith("outcomes.html"), home.getDomAttribute("href"));
            check(quality, "wrong-role-" + language);
            quality.resize(390, 844);
            check(quality, "wrong-role-" + language + "-phone");
        }
    }


    @Test
    default void inboxShowsServiceCriticalityAndUrgencyAndAnsweredStoriesInGerman() {
        inbox("de");
    }

    private void inbox(String language) {
        var answered = PublishedStory.about(base(), "Maternity Unit", "Inbox answered " + language + " " + mark());
        answered.answer("Thank you, we have changed the rota.");
        var open = PublishedStory.about(base(), "Maternity Unit", "Inbox open " + language + " " + mark());
        try (var responder = browser()) {
            useLanguage(responder, language);
            logInAs(responder, "responder", PASSWORD);
            responder.waitFor(d -> d.getCurrentUrl().endsWith("/staff/inbox.html"));
            responder.awaitReady();
            long until = System.currentTimeMillis() + 60_000;
            while (row(responder, answered.title()) == null || row(responder, open.title()) == null) {
                assertTrue(System.currentTimeMillis() < until, "both stories reach the inbox");
                Pages.sleep(1000);
                responder.driver.navigate().refresh();
                responder.awaitReady();
            }
            List<WebElement> rows = responder.all("#inbox tbody tr");
            assertFalse(rows.isEmpty());
            Instant previousDue = Instant.MIN;
            boolean answeredSeen = false;
            for (var row : rows) {
                var received = Instant.parse(row.findElement(By.cssSelector("td.received time")).getDomAttribute("datetime"));
                var due = Instant.parse(row.findElement(By.cssSelector("td.due time")).getDomAttribute("datetime"));
                assertFalse(received.isAfter(due), "received " + received + " after answer-by " + due);
                assertFalse(row.findElement(By.cssSelector("td.service")).getText().isBlank(), "service shown");
                assertTrue(row.findElement(By.cssSelector("td.criticality")).getText().matches(".*[0-5].*"), "criticality shown");
                boolean isAnswered = "true".equals(row.getDomAttribute("data-answered"));
                if (isAnswered) {
                    answeredSeen = true;
                } else {
                    assertFalse(answeredSeen, "open stories come before answered ones");
                    assertFalse(due.isBefore(previousDue), "most urgent first");
                    previousDue = due;
                }
            }
            var titles = responder.all("#inbox tbody tr td.story").stream().map(WebElement::getText).toList();
            assertTrue(titles.indexOf(open.title()) < titles.indexOf(answered.title()), "the open story first: " + titles);
            assertEquals("false", row(responder, open.title()).getDomAttribute("data-answered"));
            var mine = row(responder, answered.title());
            assertEquals("true", mine.getDomAttribute("data-answered"));
            assertTrue(mine.getText().contains("de".equals(language) ? "Beantwortet" : "Answered"), mine.getText());
            assertTrue(mine.findElement(By.cssSelector("td.service")).getText().contains("Maternity Unit"));
            check(responder, "inbox-" + language);
            responder.resize(390, 844);
            check(responder, "inbox-" + language + "-phone");
        }
    }

    private static WebElement row(Browser browser, String title) {
        return browser.all("#inbox tbody tr").stream().filter(r -> r.getText().contains(title)).findFirst().orElse(null);
    }

    // ---- 3. Forms that say everything once

    @Test
    default void emptyStoryListsEveryMissingFieldAtOnceOnAPhone() {
        emptyStory("en", List.of("Which service", "How are you related", "When did it happen", "A short title", "Your story"));
    }


    private void emptyStory(String language, List<String> inOrder) {
        try (var browser = browser()) {
            useLanguage(browser, language);
            browser.resize(390, 844);
            browser.open("tell.html");
            browser.click("#submit");
            browser.find(".error-summary");
            var items = browser.all(".error-summary li").stream().map(WebElement::getText).toList();
            assertEquals(inOrder.size(), items.size(), "one problem per field, all at once: " + items);
            for (int i = 0; i < inOrder.size(); i++) {
                assertTrue(items.get(i).startsWith(inOrder.get(i)), "in field order: " + items);
            }
            String summary = browser.text(".error-summary");
            assertFalse(summary.contains("must not") || summary.contains("null") || summary.contains("YYYY"), summary);
            check(browser, "tell-all-errors-" + language + "-phone");

            String hint = browser.text("#happened-hint");
            assertFalse(hint.matches(".*\\d{4}-\\d{2}.*"), "Chromium's month field is not typed as YYYY-MM: " + hint);
            assertTrue(browser.text("#place-hint").startsWith("de".equals(language) ? "Klicken" : "Click"), browser.text("#place-hint"));
            browser.driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
            browser.driver.navigate().refresh();
            browser.awaitReady();
            assertTrue(browser.text("#place-hint").startsWith("de".equals(language) ? "Tippen" : "Tap"), browser.text("#place-hint"));
            browser.script("document.querySelector('#place-hint').scrollIntoView()");
            browser.screenshot("tell-touch-" + language + "-phone");
        }
    }

    @Test
    default void emptySubmissionNamesEveryInvalidFieldAtOnce() {
        var reply = patiently(() -> new Api(base()).post("api/stories", "{}"));
        assertEquals(400, reply.status(), reply.body());
        assertEquals(List.of("serviceIds", "relation", "happened", "title", "story"), reply.violatedFields(), reply.body());
        var wrong = patiently(() -> new Api(base()).post("api/stories", """
                {"relation": "NEIGHBOUR", "happened": "March", "title": "x", "email": "not an address"}"""));
        assertEquals(List.of("serviceIds", "relation", "happened", "story", "email"), wrong.violatedFields(), wrong.body());
    }


    @Test
    default void wrongPasswordSaysSoInsteadOfPleaseLogInInGerman() {
        wrongPassword("de");
    }

    private void wrongPassword(String language) {
        try (var browser = browser()) {
            useLanguage(browser, language);
            logInAs(browser, "responder", "not the password");
            String summary = browser.text(".error-summary");
            assertFalse(summary.contains("Please log in") || summary.contains("Bitte melden Sie sich an"), summary);
            assertTrue(summary.contains("assw"), "the server's words about the password: " + summary);
            assertTrue(browser.driver.getCurrentUrl().endsWith("login.html"));
            check(browser, "login-wrong-" + language);
        }
    }

    // ---- 8. The storyteller keeps control

    @Test
    default void followLinkIsCopiedAndEmailed() throws Exception {
        followLink("en");
    }


    private void followLink(String language) throws Exception {
        String address = "teller-" + mark() + "@example.org";
        String title = ("de".equals(language) ? "Lange Wartezeit " : "Long wait ") + mark();
        try (var browser = browser()) {
            useLanguage(browser, language);
            browser.open("tell.html");
            browser.type("#service-q", "Maternity Unit");
            browser.waitFor(d -> d.findElement(By.id("service-results")).getText().contains("Maternity Unit"));
            browser.driver.findElement(By.xpath("//label[contains(., 'Maternity Unit')]/input")).click();
            browser.click("#relation");
            browser.script("document.querySelector('#happened').value = '2026-10'");
            browser.type("#title", title);
            browser.type("#story", "de".equals(language)
                    ? "Wir haben sechs Stunden gewartet, aber die Hebamme war sehr freundlich und hat uns alles erklärt."
                    : "We waited six hours, but the midwife was very kind and explained everything to us.");
            browser.type("#email", address);
            browser.click("#submit");
            String link = browser.find("#follow-link").getDomAttribute("href");
            assertTrue(browser.text("#done").contains("de".equals(language) ? "E-Mail" : "e-mail"), "says the link was e-mailed");
            browser.click("#copy-follow-link");
            browser.waitFor(d -> !d.findElement(By.id("copy-status")).getText().isBlank());
            assertEquals("de".equals(language) ? "Link kopiert." : "Link copied.", browser.text("#copy-status"));
            check(browser, "tell-done-copy-" + language);
            browser.resize(390, 844);
            browser.screenshot("tell-after-resize-" + language + "-phone");

            var mail = TestMail.awaitMessage(address, "", Duration.ofSeconds(60)).orElseThrow(() -> new AssertionError("no follow-link e-mail"));
            assertTrue(mail.subject().contains("de".equals(language) ? "Ihr Link" : "Your link"), mail.subject());
            assertTrue(mail.body().contains("/follow.html#"), mail.body());
            assertTrue(mail.body().contains("de".equals(language) ? "Sie erhalten diese E-Mail" : "You get this e-mail"), mail.body());
            assertFalse(mail.body().contains(link.substring(link.indexOf('#') + 1)), "a fresh link, not the one shown once");
            String mailed = mail.body().substring(mail.body().indexOf("/follow.html#")).split("\\s")[0];
            browser.driver.get(base() + mailed.substring(1));
            browser.awaitReady();
            assertEquals(title, browser.text("#follow-title"));
        }
    }


    @Test
    default void rejectedStorytellerWithdrawsAndIsToldWhatHappenedInGerman() {
        rejected("de");
    }

    private void rejected(String language) {
        var api = new Api(base());
        long service = patiently(() -> api.get("api/services?q=Maternity")).items().getJsonObject(0).getJsonNumber("id").longValue();
        var told = patiently(() -> api.post("api/stories", """
                {"serviceIds": [%d], "relation": "RELATIVE", "happened": "2026-09", "title": "Reject me %s",
                 "story": "Call me on 0123 456789 about the night shift."}""".formatted(service, mark())));
        assertEquals(202, told.status(), told.body());
        long id = told.json().getJsonNumber("id").longValue();
        var moderator = PublishedStory.staff(base(), "moderator");
        long version = patiently(() -> moderator.get("api/moderation/stories/" + id)).json().getJsonNumber("version").longValue();
        var rejected = moderator.post("api/moderation/stories/" + id + "/decision",
                "{\"action\": \"REJECT\", \"version\": " + version + ", \"reason\": \"It names a person.\"}");
        assertEquals(200, rejected.status(), rejected.body());
        try (var browser = browser()) {
            useLanguage(browser, language);
            browser.open("follow.html#" + told.json().getString("followToken"));
            assertTrue(browser.text("#rejection").contains("It names a person."));
            assertTrue(browser.find("#withdraw").isEnabled(), "a rejected storyteller can still withdraw");
            check(browser, "follow-rejected-" + language);
            browser.click("#withdraw");
            browser.click("#withdraw-yes");
            String withdrawn = "de".equals(language) ? "zurückgezogen" : "withdrawn";
            browser.waitFor(d -> d.findElement(By.id("follow-status")).getText().contains(withdrawn));
            browser.driver.navigate().refresh();
            browser.awaitReady();
            assertTrue(browser.text("#follow-status").contains(withdrawn), "says so again on a later visit");
            assertTrue(browser.all("#follow-title").stream().noneMatch(WebElement::isDisplayed), "no empty story left on the page");
            check(browser, "follow-withdrawn-" + language);
            browser.resize(390, 844);
            check(browser, "follow-withdrawn-" + language + "-phone");

            browser.open("follow.html#no-such-token");
            String unknown = browser.text("#follow-status");
            assertTrue(unknown.contains("de".equals(language) ? "führt zu keiner Geschichte" : "does not lead to a story"), unknown);
            assertTrue(browser.find("#follow-help a").getDomAttribute("href").endsWith("tell.html"));
        }
    }

    private static void logInAs(Browser browser, String who, String password) {
        browser.open("login.html");
        browser.type("#email", who + "@demo.example");
        browser.type("#password", password);
        browser.click("#login button[type=submit]");
        if (!PASSWORD.equals(password)) {
            browser.find(".error-summary");
        }
    }

    private static String mark() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
