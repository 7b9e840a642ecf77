package org.coproduce.web;

import static org.coproduce.web.Pages.check;
import static org.coproduce.web.Pages.checkBothWidths;
import static org.coproduce.web.Pages.logIn;
import static org.coproduce.web.Pages.useLanguage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Staff pages in headless Chromium, each journey in English and in German: routing rules
 * (admin), the services a responder follows, and a storyteller's reply through moderation; the
 * change register's journeys ({@link ChangeRegisterJourneys}, {@link ChangeRegisterApiJourneys}), the
 * {@link ModerationPagesJourneys} (deciding on replies through the API and the pages) and the
 * {@link FormsAndRolesJourneys}; the webhooks page ({@link WebhookPagesJourneys}); the admin page's Open311 keys
 * ({@link Open311KeysPageJourneys}).
 */
public interface StaffPagesJourneys extends FormsAndRolesJourneys, ChangeRegisterJourneys, ChangeRegisterApiJourneys, ModerationPagesJourneys,
        SecondFactorPagesJourneys, SingleSignOnJourneys, PlacePagesJourneys, ResponseEditingPagesJourneys,
        ReportPagesJourneys, RoutingPagesJourneys, ReasonPagesJourneys, WebhookPagesJourneys, StaffPagesInGermanJourneys,
        PhotoPagesJourneys, DirectoryImportPagesJourneys, Open311KeysPageJourneys {

    String AIRE_NORTH = "Aire Valley Hospital North";


    @Test
    default void adminRoutesACategoryAndAreaToAnotherOrganisation() {
        routingRule("en");
    }


    /** A HOUSING rule around Freiburg sends a Freiburg housing story to a Leeds hospital, until it is removed. */
    default void routingRule(String language) {
        String radius = "de".equals(language) ? "26" : "25";
        try (var admin = new Browser(base().toString())) {
            useLanguage(admin, language);
            logIn(admin, "admin");
            admin.click("#tab-rules");
            admin.find("#rules-form");
            checkBothWidths(admin, "admin-rules-" + language);

            new Select(admin.find("#rules-organisationId")).selectByVisibleText(AIRE_NORTH);
            admin.type("#rules-radiusKm", radius);
            admin.click("#rules-form button[type=submit]");
            assertLinkedError(admin, "#rules-radiusKm");
            check(admin, "admin-rules-errors-" + language);

            new Select(admin.find("#rules-category")).selectByValue("HOUSING");
            admin.type("#rules-latitude", "47.99");
            admin.type("#rules-longitude", "7.84");
            admin.click("#rules-form button[type=submit]");
            admin.waitFor(d -> rule(admin, radius) != null);
            assertTrue(rule(admin, radius).getText().contains(AIRE_NORTH), rule(admin, radius).getText());
            check(admin, "admin-rules-added-" + language);

            var routed = PublishedStory.about(base(), "Mieterservice", "Routed by the page " + language);
            assertTrue(responderMayAnswer(routed), "the rule routed a Freiburg housing story to " + AIRE_NORTH);

            rule(admin, radius).findElement(By.cssSelector("button")).click();
            admin.waitFor(d -> rule(admin, radius) == null);
            assertEquals(admin.driver.switchTo().activeElement(), admin.find("#panel-rules [role=status]"), "focus stays on the panel");
            var notRouted = PublishedStory.about(base(), "Mieterservice", "Not routed after removal " + language);
            assertFalse(responderMayAnswer(notRouted), "a removed rule routes nothing");
        }
    }


    @Test
    default void responderFollowsAServiceWithAThresholdInGerman() {
        following("de");
    }

    /** Unfollow the Maternity Unit, follow it again (found by name) from criticality 3, then lower it to 0. */
    default void following(String language) {
        var api = PublishedStory.staff(base(), "responder");
        long maternity = api.get("api/services?q=Maternity%20Unit").items().getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(200, api.put("api/subscriptions/" + maternity, "{\"minCriticality\": 0}").status(), "as in the demo data");
        try (var responder = new Browser(base().toString())) {
            useLanguage(responder, language);
            logIn(responder, "responder");
            responder.open("staff/subscriptions.html");
            assertTrue(card(responder, "Maternity Unit") != null, "the page lists the Maternity Unit");
            checkBothWidths(responder, "subscriptions-" + language);

            card(responder, "Maternity Unit").findElement(By.cssSelector("button:last-child")).click();
            responder.waitFor(d -> card(responder, "Maternity Unit") == null);
            assertEquals(-1, threshold(api, maternity));

            responder.click("#follow button[type=submit]");
            assertLinkedError(responder, "#serviceId");
            check(responder, "subscriptions-errors-" + language);

            responder.type("#follow-q", "matern");
            responder.waitFor(d -> d.findElements(By.cssSelector("#follow-results input")).size() == 1);
            responder.click("#follow-results input");
            new Select(responder.find("#follow-min")).selectByValue("3");
            responder.click("#follow button[type=submit]");
            responder.waitFor(d -> card(responder, "Maternity Unit") != null);
            assertEquals("3", new Select(card(responder, "Maternity Unit").findElement(By.tagName("select"))).getFirstSelectedOption().getDomAttribute("value"));
            assertEquals(3, threshold(api, maternity));
            check(responder, "subscriptions-followed-" + language);

            new Select(card(responder, "Maternity Unit").findElement(By.tagName("select"))).selectByValue("0");
            card(responder, "Maternity Unit").findElement(By.cssSelector("button")).click();
            responder.waitFor(d -> threshold(api, maternity) == 0);
        }
    }

    /** The card of a followed service on the subscriptions page, or null (the list is redrawn after each change). */
    static WebElement card(Browser browser, String service) {
        return (WebElement) browser.script("return [...document.querySelectorAll('#following li.card')]"
                + ".find((card) => card.querySelector('h3').textContent === arguments[0]) ?? null", service);
    }

    /** The minimum criticality with which this account follows the service; -1 when it does not. */
    static int threshold(org.coproduce.testing.Api staff, long serviceId) {
        var mine = staff.get("api/subscriptions");
        assertEquals(200, mine.status(), mine.body());
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(mine.body()))) {
            return reader.readArray().stream().map(v -> v.asJsonObject())
                    .filter(s -> s.getJsonNumber("serviceId").longValue() == serviceId)
                    .mapToInt(s -> s.getInt("minCriticality")).findFirst().orElse(-1);
        }
    }

    @Test
    default void storytellersReplyShowsOnTheStoryOnceAModeratorPublishesIt() {
        reply("en");
    }


    /** Storyteller replies on the follow page; the story page shows it only after a moderator publishes it. */
    default void reply(String language) {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        var story = PublishedStory.about(base(), "Maternity Unit", "Reply journey " + language + " " + mark);
        String reply = "Thank you for listening " + mark;
        try (var storyteller = new Browser(base().toString())) {
            useLanguage(storyteller, language);
            storyteller.open("follow.html#" + story.followToken());
            storyteller.type("#reply-text", reply);
            storyteller.click("#reply button[type=submit]");
            storyteller.waitFor(d -> !d.findElement(By.id("reply-status")).getText().isBlank());
            checkBothWidths(storyteller, "follow-reply-sent-" + language);
            storyteller.open(story.page());
            assertFalse(storyteller.text("#responses").contains(reply), "not public before moderation");
        }
        try (var moderator = new Browser(base().toString())) {
            useLanguage(moderator, language);
            logIn(moderator, "moderator");
            moderator.open("staff/moderation.html");
            var item = moderator.all("#replies li.card").stream().filter(c -> c.getText().contains(reply)).findFirst()
                    .orElseThrow(() -> new AssertionError("the reply waits for moderation"));
            assertEquals(story.title(), item.findElement(By.cssSelector("h3 a")).getText(), "the reply names its story");
            checkBothWidths(moderator, "moderation-replies-" + language);
            var publish = item.findElement(By.cssSelector("button:not(.danger)"));
            assertTrue(publish.getDomAttribute("aria-label").startsWith(publish.getText() + ": " + story.title()),
                    "each reply's buttons name the reply: " + publish.getDomAttribute("aria-label"));
            publish.click();
            moderator.waitFor(d -> !item.findElement(By.cssSelector("[role=status]")).getText().isBlank());
        }
        try (var reader = new Browser(base().toString())) {
            useLanguage(reader, language);
            reader.open(story.page());
            assertTrue(reader.text("#responses").contains(reply), reader.text("#responses"));
            assertEquals(1, reader.all("#responses .response.storyteller").size());
            checkBothWidths(reader, "story-reply-" + language);
        }
    }

    /** The row of the rule with this radius around 47.99, 7.84, or null. */
    static WebElement rule(Browser admin, String radius) {
        return admin.all("#panel-rules tbody tr").stream()
                .filter(row -> row.getText().contains(radius + " km") && row.getText().contains("47.99")).findFirst().orElse(null);
    }

    /** The responder tries to answer on the respond page: true when the answer was taken. */
    default boolean responderMayAnswer(PublishedStory story) {
        try (var responder = new Browser(base().toString())) {
            logIn(responder, "responder");
            responder.open("staff/respond.html?story=" + story.id());
            responder.type("#text", "Thank you, we will pass this on.");
            responder.click("#response button[type=submit]");
            responder.waitFor(d -> !d.findElements(By.cssSelector("#response-sent, #response .error-summary")).isEmpty());
            return !responder.all("#response-sent").isEmpty();
        }
    }

    static void assertLinkedError(Browser browser, String field) {
        var input = browser.find(field);
        browser.waitFor(d -> "true".equals(input.getDomAttribute("aria-invalid")));
        String[] describedBy = input.getDomAttribute("aria-describedby").split(" ");
        var message = browser.driver.findElement(By.id(describedBy[describedBy.length - 1]));
        assertFalse(message.getText().isBlank(), "the error message is linked to " + field);
        assertTrue(browser.find(".error-summary a[href='#" + input.getDomAttribute("id") + "']").isDisplayed(), "the summary links to " + field);
    }
}
