package org.coproduce.web;

import static org.coproduce.web.Pages.check;
import static org.coproduce.web.Pages.logIn;
import static org.coproduce.web.Pages.patiently;
import static org.coproduce.web.Pages.useLanguage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.UUID;
import org.coproduce.testing.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 14, routing that never drops a story, in a real browser in English and German: a moderator
 * routes a story nobody took from the platform queue; the organisation sees it in its inbox's
 * organisation view, assigns it to a colleague and keeps a private note. axe-core on every page.
 */
interface RoutingPagesJourneys {

    URL base();

    @Test
    default void routesAQueuedStoryByHandAndTheOrganisationAssignsAndNotesIt() {
        routeByHand("en", "Nobody", "Assigned to", "Note added.");
    }


    private void routeByHand(String language, String nobody, String assigned, String noted) {
        String title = "Unrouted " + language + " " + UUID.randomUUID().toString().substring(0, 8);
        var told = patiently(() -> new Api(base()).post("api/stories", "{\"category\":\"COMMUNITY\",\"relation\":\"CARER\","
                + "\"happened\":\"2026-09\",\"title\":\"" + title + "\",\"story\":\"Told at sea.\",\"latitude\":-44.5,\"longitude\":-31.5}"));
        assertEquals(202, told.status(), told.body());
        long id = told.json().getJsonNumber("id").longValue();
        PublishedStory.publish(base(), id, title);
        long organisation = PublishedStory.staff(base(), "responder").get("api/session").json().getJsonArray("organisationIds")
                .getJsonNumber(0).longValue();
        try (var moderator = new Browser(base().toString())) {
            useLanguage(moderator, language);
            logIn(moderator, "moderator");
            moderator.open("staff/platform-queue.html").awaitReady();
            String card = "li[data-story='" + id + "']";
            assertTrue(moderator.find(card).getText().contains(title));
            check(moderator, "platform-queue-" + language);
            new Select(moderator.find(card + " select")).selectByValue(String.valueOf(organisation));
            moderator.click(card + " button[type=submit]");
            moderator.waitFor(d -> d.findElements(By.cssSelector(card)).isEmpty());
            assertTrue(moderator.text("#queue-status").contains(title), moderator.text("#queue-status"));
            check(moderator, "platform-queue-routed-" + language);
        }
        try (var responder = new Browser(base().toString())) {
            useLanguage(responder, language);
            logIn(responder, "responder");
            responder.open("staff/inbox.html?view=organisation").awaitReady();
            String row = "#inbox tr[data-story='" + id + "']";
            assertTrue(responder.find(row).getText().contains(nobody), responder.find(row).getText());
            check(responder, "inbox-organisation-" + language);
            responder.navigate(() -> responder.click(row + " td.story a"));
            responder.waitFor(d -> d.getCurrentUrl().contains("/staff/route.html"));
            new Select(responder.find("#assign-account")).selectByIndex(1);
            responder.click("#assign button[type=submit]");
            responder.waitFor(d -> !d.findElement(By.id("route-status")).getText().isBlank());
            assertTrue(responder.text("#route-facts").contains(assigned), responder.text("#route-facts"));
            responder.type("#note-text", "Call the carer back on Monday.");
            responder.click("#note button[type=submit]");
            responder.waitFor(d -> d.findElement(By.id("route-status")).getText().equals(noted));
            assertTrue(responder.text("#notes").contains("Call the carer back on Monday."));
            check(responder, "route-" + language);
        }
    }
}
