package org.coproduce.web;

import static org.coproduce.web.Pages.PASSWORD;
import static org.coproduce.web.Pages.check;
import static org.coproduce.web.Pages.checkBothWidths;
import static org.coproduce.web.Pages.logIn;
import static org.coproduce.web.Pages.openFromList;
import static org.coproduce.web.Pages.patiently;
import static org.coproduce.web.Pages.sleep;
import static org.coproduce.web.Pages.useLanguage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.UUID;
import org.coproduce.testing.Api;
import org.coproduce.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The pages in a real browser (headless Chromium): every page is checked with axe-core and
 * photographed into target/screenshots; the main journeys are driven as a person would.
 */
@ExtendWith(ArquillianExtension.class)
class WebPagesIT implements GermanJourneys {

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.coproduce();
    }

    @ArquillianResource
    URL base;

    Browser browser() {
        return new Browser(base.toString());
    }

    @Override
    public URL deployment() {
        return base;
    }

    @Test
    void homeShowsFiguresAndTheSearchFindsServices() {
        try (var browser = browser()) {
            browser.open("");
            assertEquals("Tell your story. See what changes.", browser.text("h1"));
            assertTrue(browser.all("#figures li").size() == 3, "three figures");
            check(browser, "home");
            record("home (first visit)", browser.performance());
            browser.type("#home-q", "Notaufnahme");
            browser.find("#home-q").submit();
            browser.awaitReady();
            assertTrue(browser.driver.getCurrentUrl().contains("search.html?q=Notaufnahme"));
            assertEquals("Zentrale Notaufnahme", browser.text("#service-results h3 a"));
            check(browser, "search");
        }
    }

    @Test
    void serviceAndOrganisationPagesLinkToEachOther() {
        try (var browser = browser()) {
            browser.open("search.html?q=notaufnahme");
            browser.click("#service-results h3 a");
            browser.awaitReady();
            assertEquals("Zentrale Notaufnahme", browser.text("h1"));
            assertTrue(browser.find("#tell-about").getDomAttribute("href").contains("tell.html?service="));
            check(browser, "service");
            browser.click("#details a");
            browser.awaitReady();
            assertFalse(browser.text("h1").isBlank());
            assertTrue(browser.all("#services li").size() >= 1, "the organisation lists its services");
            check(browser, "organisation");
        }
    }

    @Test
    void switchesLanguageAndRemembersIt() {
        try (var browser = browser()) {
            browser.open("");
            assertEquals("en", browser.find("html").getDomAttribute("lang"));
            browser.click("button[data-lang='de']");
            browser.awaitReady();
            assertEquals("de", browser.find("html").getDomAttribute("lang"));
            assertEquals("Erzählen Sie Ihre Geschichte. Sehen Sie, was sich ändert.", browser.text("h1"));
            check(browser, "home-de");
            browser.open("search.html");
            assertEquals("Geschichten und Dienste suchen", browser.text("h1"), "the choice is remembered");
            browser.open("tell.html");
            assertEquals("Erzählen Sie Ihre Geschichte", browser.text("h1"));
            check(browser, "tell-de");
            browser.click("button[data-lang='en']");
            browser.awaitReady();
            assertEquals("Tell your story", browser.text("h1"));
        }
    }

    @Test
    void staffLogInAndAdminsSeeFieldErrorsLinkedToTheirFields() {
        try (var browser = browser()) {
            browser.open("login.html");
            check(browser, "login");
            browser.type("#email", "admin@demo.example");
            browser.type("#password", "wrong");
            browser.click("#login button[type=submit]");
            assertTrue(browser.find(".error-summary").getText().length() > 0, "a refused login is explained");
            logIn(browser, "admin");
            assertTrue(browser.driver.getCurrentUrl().endsWith("staff/admin.html"), browser.driver.getCurrentUrl());
            browser.find("#organisations-form");
            check(browser, "admin-organisations");
            browser.click("#organisations-form button[type=submit]");
            var name = browser.find("#organisations-name");
            browser.waitFor(d -> "true".equals(name.getDomAttribute("aria-invalid")));
            String describedBy = name.getDomAttribute("aria-describedby");
            assertNotNull(describedBy);
            var message = browser.driver.findElement(By.id(describedBy.split(" ")[describedBy.split(" ").length - 1]));
            assertFalse(message.getText().isBlank(), "the error message is linked to the field");
            check(browser, "admin-errors");
            String organisation = "Web test organisation " + UUID.randomUUID().toString().substring(0, 6);
            browser.type("#organisations-name", organisation);
            browser.type("#organisations-kind", "Charity");
            browser.type("#organisations-city", "Leeds");
            browser.type("#organisations-country", "GB");
            browser.click("#organisations-form button[type=submit]");
            browser.waitFor(d -> d.findElement(By.cssSelector("#panel-organisations table")).getText().contains(organisation));
            browser.click("#tab-services");
            browser.find("#services-form");
            check(browser, "admin-services");
            browser.click("#tab-accounts");
            browser.find("#accounts-form");
            check(browser, "admin-accounts");
        }
    }

    @Test
    void mapWorksWithoutTiles() {
        try (var browser = browser()) {
            browser.open("map.html");
            browser.find(".leaflet-container");
            assertTrue(browser.all(".leaflet-control-zoom-in").size() == 1, "Leaflet drew its controls");
            check(browser, "map");
        }
    }

    /** Tell → moderate → publish → respond → the storyteller sees it and replies; search; the map; safe text. */
    @Test
    void storyJourneyFromTellingToAnswer() {
        assumeTrue(new Api(base).get("api/stories").status() == 200, "the stories API is not there yet");
        String word = "Zebrastreifen" + UUID.randomUUID().toString().substring(0, 6);
        String title = "Waiting room " + word;
        String attack = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\"> "
                + "<a href=\"javascript:window.pwned=3\">click</a>";
        String followLink;
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

            browser.type("#service-q", "Maternity Unit");
            browser.waitFor(d -> d.findElement(By.id("service-results")).getText().contains("Maternity Unit"));
            browser.driver.findElement(By.xpath("//label[contains(., 'Maternity Unit')]/input")).click();
            browser.click("#relation");
            browser.script("document.querySelector('#happened').value = '2026-10'");
            browser.type("#title", title);
            browser.type("#story", "I waited six hours with a broken arm. Nurse Anna Schmidt (anna.schmidt@example.org) was kind. "
                    + word + " " + attack);
            browser.type("#good", "The nurse explained everything.");
            browser.type("#improve", "Tell people how long the wait is.");
            browser.type("#feeling", "Forgotten, then relieved.");
            var map = browser.find("#place-map");
            browser.script("arguments[0].scrollIntoView({block: 'center'})", map);
            new Actions(browser.driver).moveToElement(map, 20, 20).click().perform();
            browser.waitFor(d -> d.findElement(By.id("place-chosen")).getText().startsWith("The point is at"));
            browser.click("#preview-button");
            assertTrue(browser.text("#preview").contains(title));
            assertTrue(browser.text("#preview").contains("<script>"), "the preview shows the text as text");
            check(browser, "tell-preview");
            browser.click("#submit");
            followLink = browser.find("#follow-link").getDomAttribute("href");
            assertTrue(followLink.contains("follow.html#"), followLink);
            check(browser, "tell-done");

            browser.driver.get(followLink);
            browser.awaitReady();
            assertEquals(title, browser.text("#follow-title"));
            assertEquals("Received, waiting for moderation", browser.text("#status-badge"));
            check(browser, "follow-received");
        }

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

        String storyUrl;
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
            storyUrl = browser.find("#response a").getDomAttribute("href");
        }

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

        try (var browser = browser()) {
            browser.driver.get(storyUrl);
            browser.awaitReady();
            record("story (first visit)", browser.performance());
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
    void storytellerWithdrawsFromTheFollowPage() {
        assumeTrue(new Api(base).get("api/stories").status() == 200, "the stories API is not there yet");
        long service = patiently(() -> new Api(base).get("api/services?q=Maternity")).items().getJsonObject(0).getJsonNumber("id").longValue();
        var told = patiently(() -> new Api(base).post("api/stories", """
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

    @Test
    void keyboardOnlyTellingWithAPointOnTheMap() {
        keyboardTelling("en");
    }

    @Test
    void keyboardOnlyTellingWithAPointOnTheMapInGerman() {
        keyboardTelling("de");
    }

    /** Every step by keys alone (Tab, typing, Space, arrows, Enter), the map point included. */
    void keyboardTelling(String language) {
        String title = "Keyboard only " + language + " " + UUID.randomUUID().toString().substring(0, 6);
        var coordinates = java.util.regex.Pattern.compile("(5\\d\\.\\d+), (-1\\.\\d+)");
        String followLink;
        String[] point = new String[2];
        try (var browser = browser()) {
            useLanguage(browser, language);
            browser.open("tell.html");
            browser.tabTo("#service-q");
            browser.keys("Maternity Unit");
            browser.waitFor(d -> !d.findElements(By.xpath("//label[contains(., 'Maternity Unit')]/input")).isEmpty());
            browser.tabTo("#" + browser.driver.findElement(By.xpath("//label[contains(., 'Maternity Unit')]/input")).getDomAttribute("id"));
            browser.keys(Keys.SPACE);
            browser.tabTo("#relation");
            browser.keys(Keys.SPACE);
            browser.tabTo("#happened");
            browser.keys("10", Keys.ARROW_RIGHT, "2026");
            browser.tabTo("#title");
            browser.keys(title);
            browser.tabTo("#story");
            browser.keys("The midwife stayed with us all night.");
            browser.tabTo("#improve");
            browser.keys("A chair for partners.");

            browser.tabTo("#place-map");
            assertFalse("none".equals(browser.script("return getComputedStyle(document.activeElement).outlineStyle")), "the focused map shows its focus");
            browser.keys(Keys.ARROW_UP, Keys.ARROW_UP, Keys.ENTER);
            browser.waitFor(d -> coordinates.matcher(d.findElement(By.id("place-chosen")).getText()).find());
            String first = browser.text("#place-chosen");
            assertTrue(first.contains("km"), "the point is described by the nearest service: " + first);
            browser.script("document.querySelector('#place-map').scrollIntoView({block: 'center'})");
            checkBothWidths(browser, "tell-keyboard-point-" + language);

            browser.tabTo("#place-map");
            browser.keys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
            browser.tabTo("#place-centre");
            browser.keys(Keys.ENTER);
            browser.waitFor(d -> !d.findElement(By.id("place-chosen")).getText().equals(first)
                    && coordinates.matcher(d.findElement(By.id("place-chosen")).getText()).find());
            assertEquals(1, browser.all("#place-map path.leaflet-interactive").size(), "one point, moved");

            browser.tabTo("#place-clear");
            browser.keys(Keys.ENTER);
            browser.waitFor(d -> !coordinates.matcher(d.findElement(By.id("place-chosen")).getText()).find());
            assertEquals(0, browser.all("#place-map path.leaflet-interactive").size(), "the point is gone");
            assertEquals("place-centre", browser.driver.switchTo().activeElement().getDomAttribute("id"), "focus stays near the map");
            browser.keys(Keys.ENTER);
            browser.waitFor(d -> coordinates.matcher(d.findElement(By.id("place-chosen")).getText()).find());
            assertEquals(1, browser.all("#place-map path.leaflet-interactive").size(), "the point is back");
            var chosen = coordinates.matcher(browser.text("#place-chosen"));
            assertTrue(chosen.find());
            point[0] = chosen.group(1);
            point[1] = chosen.group(2);

            browser.tabTo("#preview-button");
            browser.keys(Keys.ENTER);
            browser.waitFor(d -> d.findElement(By.id("preview")).isDisplayed());
            assertTrue(browser.text("#preview").contains(title));
            checkBothWidths(browser, "tell-keyboard-preview-" + language);
            browser.tabTo("#submit");
            browser.keys(Keys.ENTER);
            followLink = browser.find("#follow-link").getDomAttribute("href");
            check(browser, "tell-keyboard-done-" + language);
        }
        var told = patiently(() -> new Api(base).get("api/follow/" + followLink.substring(followLink.indexOf('#') + 1)));
        assertEquals(title, told.json().getString("title"));
        long id = told.json().getJsonNumber("id").longValue();
        PublishedStory.publish(base, id, title);
        var published = patiently(() -> new Api(base).get("api/stories/" + id)).json();
        assertEquals(Double.parseDouble(point[0]), published.getJsonNumber("latitude").doubleValue(), 0.00001, "the point set by keys was sent");
        assertEquals(Double.parseDouble(point[1]), published.getJsonNumber("longitude").doubleValue(), 0.00001);
    }

    @Test
    void readersSayTheyExperiencedItTooAndFindAResponseHelpful() {
        reactions("en");
    }

    @Test
    void readersSayTheyExperiencedItTooAndFindAResponseHelpfulInGerman() {
        reactions("de");
    }

    /** "I've experienced this too" and "helpful" count once per reader, and the page shows the new counts. */
    void reactions(String language) {
        String mark = UUID.randomUUID().toString().substring(0, 6);
        var story = PublishedStory.about(base, "Maternity Unit", "Reactions " + language + " " + mark);
        story.answer("We now keep a chair for partners on every room " + mark + ".");
        try (var browser = browser()) {
            useLanguage(browser, language);
            browser.open(story.page());
            assertEquals(0, number(browser.text("#me-too-count")));
            assertEquals(0, number(browser.text("#responses .helpful")));
            browser.tabTo("#me-too");
            browser.keys(Keys.ENTER);
            browser.waitFor(d -> "true".equals(d.findElement(By.id("me-too")).getDomAttribute("aria-pressed")));
            assertEquals(1, number(browser.text("#me-too-count")));
            browser.tabTo("#me-too-email");
            browser.keys("not an address");
            browser.tabTo("#me-too-contact button[type=submit]");
            browser.keys(Keys.ENTER);
            browser.waitFor(d -> !d.findElements(By.cssSelector("#me-too-contact .error-summary a[href='#me-too-email']")).isEmpty());
            assertEquals("true", browser.find("#me-too-email").getDomAttribute("aria-invalid"));
            browser.find("#me-too-email").clear();
            browser.type("#me-too-email", "reader-" + language + "@example.org");
            browser.click("#me-too-contact button[type=submit]");
            browser.waitFor(d -> !d.findElement(By.id("me-too-contact-status")).getText().isBlank());
            browser.tabTo("#responses .helpful");
            browser.keys(Keys.SPACE);
            browser.waitFor(d -> "true".equals(d.findElement(By.cssSelector("#responses .helpful")).getDomAttribute("aria-pressed")));
            assertEquals(1, number(browser.text("#responses .helpful")));
            checkBothWidths(browser, "story-reactions-" + language);

            browser.open(story.page());
            assertEquals(1, number(browser.text("#me-too-count")), "the count was stored");
            browser.click("#me-too");
            browser.click("#responses .helpful");
            browser.waitFor(d -> "true".equals(d.findElement(By.id("me-too")).getDomAttribute("aria-pressed"))
                    && "true".equals(d.findElement(By.cssSelector("#responses .helpful")).getDomAttribute("aria-pressed")));
            assertEquals(1, number(browser.text("#me-too-count")), "once per reader");
            assertEquals(1, number(browser.text("#responses .helpful")), "once per reader");
        }
    }

    static int number(String text) {
        return Integer.parseInt(text.replaceAll("\\D+", ""));
    }

    /**
     * The analysis runs in the background after submission, behind any backlog (the demo data queues
     * hundreds of stories at first start): wait a while for it; true when it arrived.
     */
    boolean awaitAnalysis(Browser browser) {
        String id = browser.driver.getCurrentUrl().replaceAll(".*[?&]id=([^&]+).*", "$1");
        var api = new Api(base);
        patiently(() -> api.logIn("moderator@demo.example", PASSWORD));
        long until = System.currentTimeMillis() + 120_000;
        while (!hasAnalysis(patiently(() -> api.get("api/moderation/stories/" + id)).json())) {
            if (System.currentTimeMillis() > until) {
                System.out.println("WebPagesIT: the analysis did not arrive in time; personal-data highlighting not checked");
                return false;
            }
            sleep(3000);
        }
        browser.driver.navigate().refresh();
        browser.awaitReady();
        browser.find("#decision");
        return true;
    }

    static boolean hasAnalysis(jakarta.json.JsonObject story) {
        return story.containsKey("analysis") && !story.isNull("analysis");
    }

    void approveReplies() {
        try (var browser = browser()) {
            logIn(browser, "moderator");
            for (var publish : browser.all("#replies button:not(.danger)")) {
                publish.click();
            }
        }
    }

    static void record(String page, Map<String, Object> numbers) {
        String line = page + ": " + numbers + System.lineSeparator();
        System.out.print("PERFORMANCE " + line);
        try {
            Files.writeString(Browser.SCREENSHOTS.resolve("performance.txt"), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
