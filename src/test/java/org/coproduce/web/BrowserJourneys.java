package org.coproduce.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.coproduce.testing.Api;
import org.coproduce.testing.Journeys;

/** What journeys in a real browser (headless Chromium) share: a browser on the app, timings, waiting for the analysis. */
public interface BrowserJourneys extends Journeys {

    default Browser browser() {
        return new Browser(base().toString());
    }

    /** Appends the page's performance numbers to target/screenshots/performance.txt. */
    static void record(String page, Map<String, Object> numbers) {
        String line = page + ": " + numbers + System.lineSeparator();
        System.out.print("PERFORMANCE " + line);
        try {
            Files.writeString(Browser.SCREENSHOTS.resolve("performance.txt"), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The analysis runs in the background after submission, behind any backlog (the demo data queues
     * hundreds of stories at first start): wait a while for it; true when it arrived.
     */
    default boolean awaitAnalysis(Browser browser) {
        String id = browser.driver.getCurrentUrl().replaceAll(".*[?&]id=([^&]+).*", "$1");
        var api = anonymous();
        Pages.patiently(() -> api.logIn("moderator@demo.example", Pages.PASSWORD));
        long until = System.currentTimeMillis() + 120_000;
        while (!hasAnalysis(Pages.patiently(() -> api.get("api/moderation/stories/" + id)).json())) {
            if (System.currentTimeMillis() > until) {
                System.out.println("PagesIT: the analysis did not arrive in time; personal-data highlighting not checked");
                return false;
            }
            Pages.sleep(500);
        }
        browser.driver.navigate().refresh();
        browser.awaitReady();
        browser.find("#decision");
        return true;
    }

    static boolean hasAnalysis(jakarta.json.JsonObject story) {
        return story.containsKey("analysis") && !story.isNull("analysis");
    }

    /** The moderator publishes every pending reply. */
    default void approveReplies() {
        try (var browser = browser()) {
            Pages.logIn(browser, "moderator");
            for (var publish : browser.all("#replies button:not(.danger)")) {
                publish.click();
            }
        }
    }

    /** Whether the stories API answers (so story journeys can run). */
    default boolean storiesApiIsThere() {
        return new Api(base()).get("api/stories").status() == 200;
    }

    /** The digits in a text, as a number ("3 people" → 3). */
    static int number(String text) {
        return Integer.parseInt(text.replaceAll("\\D+", ""));
    }
}
