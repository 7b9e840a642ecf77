package org.coproduce.web;

import static org.coproduce.web.BrowserJourneys.number;
import static org.coproduce.web.Pages.checkBothWidths;
import static org.coproduce.web.Pages.useLanguage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** "I've experienced this too" and "helpful" count once per reader, and the page shows the new counts. */
public interface ReactionsJourneys extends BrowserJourneys {


    @Test
    default void readersSayTheyExperiencedItTooAndFindAResponseHelpfulInGerman() {
        reactions("de");
    }

    private void reactions(String language) {
        String mark = UUID.randomUUID().toString().substring(0, 6);
        var story = PublishedStory.about(base(), "Maternity Unit", "Reactions " + language + " " + mark);
        story.answer("We now keep a chair for partners on every room " + mark + ".");
        try (var browser = browser()) {
            useLanguage(browser, language);
            browser.open(story.page());
            assertEquals(0, number(browser.text("#me-too-count")));
            assertEquals(0, number(browser.text("#responses .helpful")));
            meTooByKeysWithAnAddressCorrected(browser, language);
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

    /** "Me too" by Enter, then an address to be asked later: a wrong one is linked to its field, a right one taken. */
    private static void meTooByKeysWithAnAddressCorrected(Browser browser, String language) {
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
    }
}
