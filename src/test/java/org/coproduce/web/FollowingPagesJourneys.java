package org.coproduce.web;

import static org.coproduce.web.Pages.check;
import static org.coproduce.web.Pages.checkBothWidths;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import org.coproduce.testing.TestMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Following without an account in the browser (issue 16 item 6): the service page announces its
 * Atom feed and links to follow by e-mail; the form sends the confirmation, whose link confirms
 * with the page's button, and the e-mail's stop link ends it. The organisation page shows the widget's
 * snippet, and the widget page is accessible at both widths.
 */
public interface FollowingPagesJourneys extends BrowserJourneys {

    @Test
    default void aVisitorFollowsAServiceByEmailConfirmsAndStops() throws Exception {
        long service = emergencyDepartment();
        String email = "page-follower-" + UUID.randomUUID() + "@example.org";
        try (var browser = browser()) {
            browser.open("service.html?id=" + service);
            browser.waitFor(d -> !d.findElements(By.cssSelector("#follow-links a")).isEmpty());
            String feed = (String) browser.script(
                    "return document.querySelector('link[rel=alternate][type=\"application/atom+xml\"]').href");
            assertTrue(feed.endsWith("/feeds/services/" + service), feed);
            assertEquals(feed, browser.find("#follow-links a[type='application/atom+xml']").getDomProperty("href"),
                    "the same feed as a visible link");
            browser.click("#follow-links a.button");
            browser.awaitReady();
            browser.waitFor(d -> !d.findElement(By.id("updates-form")).getDomProperty("hidden").equals("true"));
            assertTrue(browser.text("h1").startsWith("Follow "), browser.text("h1"));
            browser.click("#updates-form button[type=submit]");
            var field = browser.find("#updates-email");
            browser.waitFor(d -> "true".equals(field.getDomAttribute("aria-invalid")));
            browser.type("#updates-email", email);
            browser.click("#updates-daily");
            checkBothWidths(browser, "updates-form");
            browser.click("#updates-form button[type=submit]");
            browser.waitFor(d -> !d.findElement(By.id("updates-status")).getText().isBlank());
            assertTrue(browser.text("#updates-status").contains("e-mailed you a link"), browser.text("#updates-status"));

            var mail = TestMail.awaitMessage(email, "Please confirm: follow", Duration.ofSeconds(60)).orElseThrow();
            var confirm = mail.tokenAfter("/updates.html#confirm=");
            browser.open("updates.html#confirm=" + confirm);
            browser.click("#updates-confirm-button");
            browser.waitFor(d -> !d.findElement(By.id("updates-status")).getText().isBlank());
            assertTrue(browser.text("#updates-status").startsWith("Confirmed."), browser.text("#updates-status"));
            check(browser, "updates-confirmed");

            browser.open("");
            browser.open("updates.html#stop=" + mail.tokenAfter("/updates.html#stop="));
            browser.click("#updates-stop-button");
            browser.waitFor(d -> !d.findElement(By.id("updates-status")).getText().isBlank());
            assertTrue(browser.text("#updates-status").startsWith("Done."), browser.text("#updates-status"));
            check(browser, "updates-stopped");

            long organisation = anonymous().get("api/services/" + service).json().getJsonNumber("organisationId").longValue();
            browser.open("organisation.html?id=" + organisation);
            browser.waitFor(d -> d.findElement(By.id("widget-snippet")).getDomProperty("value").contains("<iframe"));
            String snippet = browser.find("#widget-snippet").getDomProperty("value");
            assertTrue(snippet.contains("widget.html?organisation=" + organisation), snippet);
            check(browser, "organisation-follow-and-widget");
            browser.open("widget.html?organisation=" + organisation);
            browser.waitFor(d -> !d.findElements(By.cssSelector("#widget-figures li")).isEmpty());
            assertTrue(browser.text("h1").startsWith("Stories about "), browser.text("h1"));
            checkBothWidths(browser, "widget");
        }
    }
}
