package org.coproduce.web;

import static org.coproduce.web.Pages.check;
import static org.coproduce.web.Pages.checkBothWidths;
import static org.coproduce.web.Pages.patiently;
import static org.coproduce.web.Pages.useLanguage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** Telling a story by keys alone (Tab, typing, Space, arrows, Enter), the map point included, in English and German. */
public interface KeyboardTellingJourneys extends BrowserJourneys {

    Pattern COORDINATES = Pattern.compile("(5\\d\\.\\d+), (-1\\.\\d+)");

    @Test
    default void keyboardOnlyTellingWithAPointOnTheMap() {
        keyboardTelling("en");
    }


    /** Every step by keys alone; the point set by keys is the one published. */
    private void keyboardTelling(String language) {
        String title = "Keyboard only " + language + " " + UUID.randomUUID().toString().substring(0, 6);
        String followLink;
        String[] point;
        try (var browser = browser()) {
            useLanguage(browser, language);
            browser.open("tell.html");
            fillInByKeys(browser, title);
            point = placeMovedClearedAndSetAgainByKeys(browser, language);
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
        var told = patiently(() -> anonymous().get("api/follow/" + followLink.substring(followLink.indexOf('#') + 1)));
        assertEquals(title, told.json().getString("title"));
        long id = told.json().getJsonNumber("id").longValue();
        var moderated = patiently(() -> PublishedStory.staff(base(), "moderator").get("api/moderation/stories/" + id)).json();
        assertEquals(Double.parseDouble(point[0]), moderated.getJsonNumber("latitude").doubleValue(), 0.00001, "the point set by keys was sent");
        assertEquals(Double.parseDouble(point[1]), moderated.getJsonNumber("longitude").doubleValue(), 0.00001);
        PublishedStory.publish(base(), id, title);
        var published = patiently(() -> anonymous().get("api/stories/" + id)).json();
        assertEquals(moderated.getJsonNumber("publicLatitude").doubleValue(), published.getJsonNumber("latitude").doubleValue(), 0.000001,
                "in public, coarsened (issue 13)");
        assertEquals(moderated.getJsonNumber("publicLongitude").doubleValue(), published.getJsonNumber("longitude").doubleValue(), 0.000001);
    }

    private static void fillInByKeys(Browser browser, String title) {
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
    }

    /** Sets a point with the arrows and Enter, moves it, clears it, sets it again at the centre; its latitude and longitude. */
    private static String[] placeMovedClearedAndSetAgainByKeys(Browser browser, String language) {
        browser.tabTo("#place-map");
        assertFalse("none".equals(browser.script("return getComputedStyle(document.activeElement).outlineStyle")), "the focused map shows its focus");
        browser.keys(Keys.ARROW_UP, Keys.ARROW_UP, Keys.ENTER);
        // The point is described at once, then again with its nearest service once the services near it arrive.
        browser.waitFor(d -> {
            String said = d.findElement(By.id("place-chosen")).getText();
            return COORDINATES.matcher(said).find() && said.contains("km");
        });
        String first = browser.text("#place-chosen");
        assertTrue(first.contains("km"), "the point is described by the nearest service: " + first);
        browser.script("document.querySelector('#place-map').scrollIntoView({block: 'center'})");
        checkBothWidths(browser, "tell-keyboard-point-" + language);

        browser.tabTo("#place-map");
        browser.keys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        browser.tabTo("#place-centre");
        browser.keys(Keys.ENTER);
        browser.waitFor(d -> !d.findElement(By.id("place-chosen")).getText().equals(first)
                && COORDINATES.matcher(d.findElement(By.id("place-chosen")).getText()).find());
        assertEquals(1, browser.all("#place-map path.leaflet-interactive").size(), "one point, moved");

        browser.tabTo("#place-clear");
        browser.keys(Keys.ENTER);
        browser.waitFor(d -> !COORDINATES.matcher(d.findElement(By.id("place-chosen")).getText()).find());
        assertEquals(0, browser.all("#place-map path.leaflet-interactive").size(), "the point is gone");
        assertEquals("place-centre", browser.driver.switchTo().activeElement().getDomAttribute("id"), "focus stays near the map");
        browser.keys(Keys.ENTER);
        browser.waitFor(d -> COORDINATES.matcher(d.findElement(By.id("place-chosen")).getText()).find());
        assertEquals(1, browser.all("#place-map path.leaflet-interactive").size(), "the point is back");
        var chosen = COORDINATES.matcher(browser.text("#place-chosen"));
        assertTrue(chosen.find());
        return new String[] {chosen.group(1), chosen.group(2)};
    }
}
