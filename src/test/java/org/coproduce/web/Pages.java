package org.coproduce.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import org.coproduce.testing.Reply;

/** What every browser test of the pages does: check a page (axe-core, CSP, screenshot), log in, wait. */
final class Pages {

    static final String PASSWORD = "demo-password";

    private Pages() {
    }

    static void assertAccessible(Browser browser, String page) {
        var violations = browser.accessibilityViolations();
        assertTrue(violations.isEmpty(), page + " has accessibility violations:\n" + String.join("\n", violations));
    }

    /** A screenshot, no axe-core violation, nothing blocked by the Content-Security-Policy. */
    static void check(Browser browser, String name) {
        browser.screenshot(name);
        assertAccessible(browser, name);
        var blocked = browser.blockedByContentSecurityPolicy();
        assertTrue(blocked.isEmpty(), name + " broke its Content-Security-Policy: " + blocked);
    }

    /** check() at desktop width, then again at phone width (screenshot name + "-phone"). */
    static void checkBothWidths(Browser browser, String name) {
        check(browser, name);
        browser.phoneWidth(true);
        try {
            check(browser, name + "-phone");
        } finally {
            browser.phoneWidth(false);
        }
    }

    /** The pages opened from now on speak this language (as chosen with the switch in the header). */
    static void useLanguage(Browser browser, String language) {
        browser.open("");
        browser.script("localStorage.setItem('coproduce.lang', arguments[0])", language);
    }

    /** check(), with the whole page photographed, at a desktop's width and then at a phone's (also checked). */
    static void checkOnDesktopAndPhone(Browser browser, String name) {
        browser.screenshotWholePage(name);
        assertAccessible(browser, name);
        browser.resize(390, 844);
        browser.screenshotWholePage(name + "-phone");
        assertAccessible(browser, name + "-phone");
        browser.resize(1280, 1400);
        var blocked = browser.blockedByContentSecurityPolicy();
        assertTrue(blocked.isEmpty(), name + " broke its Content-Security-Policy: " + blocked);
    }

    static void logIn(Browser browser, String who) {
        browser.open("login.html");
        browser.type("#email", who + "@demo.example");
        browser.type("#password", PASSWORD);
        browser.click("#login button[type=submit]");
        browser.waitFor(d -> !d.getCurrentUrl().contains("/login.html"));
        browser.awaitReady();
    }

    /** Work done after commit (analysis, routing) takes a moment: reload until the item shows. */
    static void openFromList(Browser browser, String links, String title) {
        long until = System.currentTimeMillis() + 60_000;
        while (true) {
            var match = browser.all(links).stream().filter(a -> a.getText().equals(title)).findFirst();
            if (match.isPresent()) {
                browser.navigate(() -> match.get().click());
                return;
            }
            assertTrue(System.currentTimeMillis() < until, title + " never appeared in " + links);
            sleep(500);
            browser.driver.navigate().refresh();
            browser.awaitReady();
        }
    }

    /** A call to a server that is busy analysing: tries again when it times out. */
    static Reply patiently(Supplier<Reply> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (IllegalStateException timedOut) {
                if (attempt == 4) {
                    throw timedOut;
                }
            }
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
