package org.coproduce.web;

import static org.coproduce.web.Pages.check;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** English and German, switched on any page and remembered. */
public interface LanguageJourneys extends BrowserJourneys {

    @Test
    default void switchesLanguageAndRemembersIt() {
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
}
