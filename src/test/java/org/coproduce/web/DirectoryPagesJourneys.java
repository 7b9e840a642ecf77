package org.coproduce.web;

import static org.coproduce.web.Pages.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The public pages of the directory: home and search, a service and its organisation, the map. */
public interface DirectoryPagesJourneys extends BrowserJourneys {

    @Test
    default void homeShowsFiguresAndTheSearchFindsServices() {
        try (var browser = browser()) {
            browser.open("");
            assertEquals("Tell your story. See what changes.", browser.text("h1"));
            assertTrue(browser.all("#figures li").size() == 3, "three figures");
            check(browser, "home");
            BrowserJourneys.record("home (first visit)", browser.performance());
            browser.type("#home-q", "Notaufnahme");
            browser.navigate(() -> browser.find("#home-q").submit());
            assertTrue(browser.driver.getCurrentUrl().contains("search.html?q=Notaufnahme"));
            assertEquals("Zentrale Notaufnahme", browser.text("#service-results h3 a"));
            check(browser, "search");
        }
    }

    @Test
    default void serviceAndOrganisationPagesLinkToEachOther() {
        try (var browser = browser()) {
            browser.open("search.html?q=notaufnahme");
            browser.navigate(() -> browser.click("#service-results h3 a"));
            assertEquals("Zentrale Notaufnahme", browser.text("h1"));
            assertTrue(browser.find("#tell-about").getDomAttribute("href").contains("tell.html?service="));
            check(browser, "service");
            browser.navigate(() -> browser.click("#details a"));
            assertFalse(browser.text("h1").isBlank());
            assertTrue(browser.all("#services li").size() >= 1, "the organisation lists its services");
            check(browser, "organisation");
        }
    }

    @Test
    default void mapWorksWithoutTiles() {
        try (var browser = browser()) {
            browser.open("map.html");
            browser.find(".leaflet-container");
            assertTrue(browser.all(".leaflet-control-zoom-in").size() == 1, "Leaflet drew its controls");
            check(browser, "map");
        }
    }
}
