package org.coproduce.web;

import static org.coproduce.web.Pages.checkBothWidths;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Issue 16 item 3: the map page draws what GET /api/map answers for its viewport, and lists it under the map. */
public interface MapPageJourneys extends BrowserJourneys {

    @Test
    default void theMapPageDrawsNumberedClustersAndZoomsInFromTheList() {
        for (int i = 0; i < 8; i++) {
            var reply = anonymous().post("api/stories", "{\"category\":\"HEALTH\",\"relation\":\"CARER\",\"happened\":\"2026-09\","
                    + "\"title\":\"On the map\",\"story\":\"Told near the lake.\",\"latitude\":" + (47.37 + i * 0.004)
                    + ",\"longitude\":" + (8.54 + i * 0.004) + "}");
            assertEquals(202, reply.status(), reply.body());
            publish(reply.json().getJsonNumber("id").longValue(), 1);
        }
        try (var browser = browser()) {
            browser.open("map.html");
            browser.waitFor(d -> !d.findElement(By.id("map-view")).getText().isBlank());
            browser.waitFor(d -> !d.findElements(By.cssSelector("#map .story-cluster")).isEmpty());
            // the map redraws its clusters and list at every move: read and click in waits that look again when an element was redrawn
            browser.waitFor(d -> !d.findElement(By.cssSelector("#map .story-cluster")).getText().isBlank());
            String far = (String) browser.script("return document.getElementById('map-view').textContent");
            checkBothWidths(browser, "map-clusters");
            browser.waitFor(d -> {
                d.findElement(By.cssSelector("#map-list button")).click();
                return true;
            });
            browser.waitFor(d -> !d.findElement(By.id("map-view")).getDomProperty("textContent").equals(far));
            checkBothWidths(browser, "map-closer");
        }
    }
}
