package org.coproduce.web;

import static org.coproduce.web.Pages.checkBothWidths;
import static org.coproduce.web.Pages.logIn;
import static org.coproduce.web.Pages.useLanguage;

import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each page journey runs in one language (half of them in German, half in English); this sweep
 * opens every staff list page in German as its role sees it, at a desktop's and a phone's width,
 * with axe-core and the Content-Security-Policy checked: long German words must fit a phone too.
 */
interface StaffPagesInGermanJourneys {

    URL base();

    Map<String, List<String>> PAGES = Map.of(
            "admin", List.of("staff/admin.html", "staff/reasons.html", "staff/webhooks.html", "staff/platform-queue.html"),
            "moderator", List.of("staff/moderation.html", "staff/reports.html", "staff/moderation-figures.html"),
            "responder", List.of("staff/inbox.html", "staff/subscriptions.html", "staff/change.html", "staff/second-factor.html"));

    @Test
    default void everyStaffListPageReadsInGermanOnADesktopAndAPhone() {
        PAGES.forEach((role, pages) -> {
            try (var browser = new Browser(base().toString())) {
                useLanguage(browser, "de");
                logIn(browser, role);
                for (String page : pages) {
                    browser.open(page);
                    checkBothWidths(browser, "de-" + page.substring("staff/".length(), page.length() - ".html".length()));
                }
            }
        });
    }
}
