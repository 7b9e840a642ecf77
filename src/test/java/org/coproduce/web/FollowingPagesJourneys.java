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

    /**
     * Issue 16 item 7's bar in a browser: a page of another origin (a server started here, on another
     * port) frames the widget once its organisation allows that origin, and Chromium refuses the frame
     * before (frame-ancestors 'none').
     */
    @Test
    default void theWidgetRendersOnAnAllowedSiteOfAnotherOriginAndNowhereElse() throws Exception {
        var admin = demo("admin");
        long organisation = admin.post("api/organisations", "{\"name\":\"Framed trust " + UUID.randomUUID().toString().substring(0, 8)
                + "\",\"country\":\"GB\"}").json().getJsonNumber("id").longValue();
        String widget = base().toString().replaceFirst("/?$", "/") + "widget.html?organisation=" + organisation;
        var site = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        byte[] page = ("<!doctype html><html lang=en><title>A provider's own site</title><h1>Our patients' stories</h1>"
                + "<iframe id=widget title=Stories width=400 height=600 onload=\"this.dataset.loaded='true'\" src=\"" + widget + "\"></iframe>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        site.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        site.start();
        String origin = "http://127.0.0.1:" + site.getAddress().getPort();
        try (var browser = browser()) {
            browser.driver.get(origin + "/");
            browser.waitFor(d -> "true".equals(d.findElement(By.id("widget")).getDomAttribute("data-loaded")));
            Pages.sleep(3000);
            assertEquals(0L, framedStories(browser), "not allowed yet: the browser shows nothing of the widget");

            assertEquals(200, admin.put("api/widgets/" + organisation, "{\"origins\":[\"" + origin + "\"]}").status());
            browser.driver.get(origin + "/");
            browser.waitFor(d -> framedStories(browser) == 1L);
            browser.driver.switchTo().frame("widget");
            browser.waitFor(d -> !d.findElements(By.cssSelector("#widget-figures li")).isEmpty());
            browser.driver.switchTo().defaultContent();
            browser.screenshot("widget-framed-by-another-origin");
        } finally {
            site.stop(0);
        }
    }

    /** 1 when the frame holds the widget page drawn (its script marks the body ready), else 0: a refused frame is empty. */
    private static long framedStories(Browser browser) {
        browser.driver.switchTo().defaultContent();
        try {
            browser.driver.switchTo().frame("widget");
            Object ready = browser.script("return document.body && document.body.dataset.ready === 'true'");
            return Boolean.TRUE.equals(ready) ? 1L : 0L;
        } catch (org.openqa.selenium.WebDriverException refused) {
            return 0L;
        } finally {
            browser.driver.switchTo().defaultContent();
        }
    }
}
