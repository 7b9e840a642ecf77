package org.coproduce.web;

import static org.coproduce.web.Pages.check;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonValue;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 16 item 2 in the browser (English, desktop width, axe-core): a barrier reported on
 * report-barrier.html, the point put at the map's centre with the button, and after a moderator
 * published it, its page with "I've met this too"; the map page with the barrier filters. Phone
 * screenshots are taken to look at, not checked again.
 */
public interface BarrierPagesJourneys extends BrowserJourneys {

    @Test
    default void aBarrierReportedOnThePageIsShownOnItsOwnPageOncePublished() {
        String place = "Browser lift " + UUID.randomUUID().toString().substring(0, 8);
        try (var browser = browser()) {
            browser.open("report-barrier.html");
            browser.waitFor(d -> d.findElements(By.cssSelector("#category option")).size() > 1);
            browser.click("#submit");
            browser.waitFor(d -> !d.findElements(By.cssSelector("#barrier-report .error-summary")).isEmpty());
            check(browser, "report-barrier-errors");
            new Select(browser.find("#category")).selectByValue("LIFT_BROKEN");
            browser.click("#point-centre");
            browser.waitFor(d -> !d.findElement(By.id("point-chosen")).getText().contains("No place"));
            String centre = browser.text("#point-chosen");
            browser.tabTo("#point-map");
            browser.keys(Keys.ARROW_UP, Keys.ENTER);
            browser.waitFor(d -> !d.findElement(By.id("point-chosen")).getText().equals(centre));
            assertEquals(1, browser.all("#point-map path.leaflet-interactive").size(), "one point, moved by the keys");
            browser.type("#place", place);
            browser.type("#description", "The lift to platform 3 has been out of order for two weeks.");
            check(browser, "report-barrier");
            browser.phoneWidth(true);
            browser.screenshot("report-barrier-phone");
            browser.phoneWidth(false);
            browser.click("#submit");
            browser.find("#done");

            var moderator = demo("moderator");
            long id = moderator.get("api/moderation/barriers?size=100").items().stream().map(JsonValue::asJsonObject)
                    .filter(b -> b.getString("place").equals(place)).findFirst().orElseThrow().getJsonNumber("id").longValue();
            assertEquals(200, moderator.post("api/moderation/barriers/" + id + "/decision", "{\"action\":\"PUBLISH\"}").status());

            browser.open("barrier.html?id=" + id);
            browser.waitFor(d -> d.findElement(By.id("barrier-heading")).getText().contains(place));
            browser.click("#met-button");
            browser.waitFor(d -> "1".equals(d.findElement(By.id("barrier-met")).getText()));
            check(browser, "barrier");
            browser.phoneWidth(true);
            browser.screenshot("barrier-phone");
            browser.phoneWidth(false);

            browser.open("map.html");
            browser.waitFor(d -> !d.findElement(By.id("barrier-view")).getText().isBlank());
            check(browser, "map-barriers");
        }
    }
}
