package org.coproduce.web;

import static org.coproduce.web.Pages.checkBothWidths;
import static org.coproduce.web.Pages.logIn;
import static org.coproduce.web.Pages.patiently;
import static org.coproduce.web.Pages.useLanguage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.coproduce.testing.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 13, places, on the decide page: the moderator sees the told point and the public one on a
 * small map, moves the point by typing coordinates, takes it away, then publishes (the page keeps
 * the story version the moves made).
 */
public interface PlacePagesJourneys extends BrowserJourneys {

    @Test
    default void aModeratorMovesAndRemovesAStorysPlaceOnTheDecidePage() {
        placeOnTheDecidePage("en", "Moved.", "Removed");
    }


    private void placeOnTheDecidePage(String language, String moved, String removed) {
        var told = patiently(() -> new Api(base()).post("api/stories", "{\"category\":\"HEALTH\",\"relation\":\"CARER\","
                + "\"happened\":\"2026-09\",\"title\":\"Place " + language + "\",\"story\":\"Told near the hospital.\","
                + "\"latitude\":53.801234,\"longitude\":-1.548765}"));
        assertEquals(202, told.status(), told.body());
        long id = told.json().getJsonNumber("id").longValue();
        var api = PublishedStory.staff(base(), "moderator");
        try (var moderator = browser()) {
            useLanguage(moderator, language);
            logIn(moderator, "moderator");
            moderator.open("staff/decide.html?id=" + id);
            moderator.waitFor(d -> !d.findElements(By.cssSelector("#place-map path.exact-point")).isEmpty()
                    && !d.findElements(By.cssSelector("#place-map path.service-ring")).isEmpty());
            assertTrue(moderator.text("#place-now").contains("53.801234"), moderator.text("#place-now"));
            assertEquals("53.801234", moderator.find("#place-latitude").getDomProperty("value"));
            checkBothWidths(moderator, "decide-place-" + language);

            moderator.type("#place-latitude", "53.7952");
            moderator.type("#place-longitude", "-1.7591");
            moderator.click("#place-move");
            moderator.waitFor(d -> d.findElement(By.id("place-status")).getText().startsWith(moved));
            JsonObject view = api.get("api/moderation/stories/" + id).json();
            assertEquals(53.7952, view.getJsonNumber("latitude").doubleValue(), 1e-6);
            assertEquals(-1.7591, view.getJsonNumber("longitude").doubleValue(), 1e-6);

            moderator.click("#place-remove");
            moderator.waitFor(d -> d.findElement(By.id("place-status")).getText().startsWith(removed));
            view = api.get("api/moderation/stories/" + id).json();
            assertTrue(!view.containsKey("publicLatitude") || view.isNull("publicLatitude"), view.toString());
            assertTrue(moderator.all("#place-map path.exact-point").isEmpty(), "no point left on the map");

            moderator.type("#title", "Place " + language);
            moderator.click("#criticality-0");
            moderator.click("#publish");
            moderator.waitFor(d -> d.getCurrentUrl().contains("decided=PUBLISH"));
        }
    }
}
