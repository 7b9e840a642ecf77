package org.coproduce.web;

import static org.coproduce.web.Pages.check;
import static org.coproduce.web.Pages.patiently;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import org.coproduce.testing.TestMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The storyteller's rights on the pages: "your data" on the follow page, and erase.html without the link. */
public interface RightsPagesJourneys extends BrowserJourneys {

    @Test
    default void storytellerDownloadsTheirDataAndCorrectsTheAddress() {
        long service = patiently(() -> anonymous().get("api/services?q=Maternity")).items().getJsonObject(0).getJsonNumber("id").longValue();
        var told = patiently(() -> anonymous().post("api/stories", """
                {"serviceIds": [%d], "relation": "RELATIVE", "happened": "2026-09", "title": "My data",
                 "story": "The night staff were kind.", "email": "typo@example.org"}""".formatted(service)));
        assertEquals(202, told.status(), told.body());
        String token = told.json().getString("followToken");
        try (var browser = browser()) {
            browser.open("follow.html#" + token);
            assertEquals("My data", browser.text("#follow-title"));
            assertTrue(browser.find("#download").getAttribute("href").endsWith("/api/follow/" + token + "/export"));
            browser.type("#new-email", "not an address");
            browser.click("#change-email button[type=submit]");
            browser.waitFor(d -> d.findElement(By.id("new-email")).getAttribute("aria-invalid") != null);
            browser.find("#new-email").clear();
            browser.type("#new-email", "right-" + UUID.randomUUID() + "@example.org");
            browser.click("#change-email button[type=submit]");
            browser.waitFor(d -> d.findElement(By.id("email-status")).getText().contains("new address"));
            check(browser, "follow-your-data");
        }
    }

    @Test
    default void storytellerWithoutTheLinkAsksForTheErasureLink() {
        try (var browser = browser()) {
            browser.open("erase.html");
            browser.type("#erase-email", "someone-" + UUID.randomUUID() + "@example.org");
            browser.click("#erase-ask button[type=submit]");
            browser.waitFor(d -> d.findElement(By.id("erase-status")).getText().contains("If stories or barrier reports were sent"));
            check(browser, "erase-ask");
            browser.open("");
            browser.open("erase.html#not-a-token");
            browser.waitFor(d -> d.findElement(By.id("erase-status")).getText().contains("used or has expired"));
            assertTrue(browser.find("#erase-ask").isDisplayed());
            check(browser, "erase-gone");
        }
    }

    /** The e-mailed link lists the story and the barrier report sent with the address, the report labelled as one; both go. */
    @Test
    default void theErasureLinkListsAndErasesStoriesAndBarrierReports() throws Exception {
        String address = "page-erase-" + UUID.randomUUID() + "@example.org";
        long service = patiently(() -> anonymous().get("api/services?q=Maternity")).items().getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(202, anonymous().post("api/stories", """
                {"serviceIds": [%d], "relation": "RELATIVE", "happened": "2026-09", "title": "Erase me",
                 "story": "The night was long.", "email": "%s"}""".formatted(service, address)).status());
        assertEquals(202, anonymous().post("api/barriers", """
                {"category": "NO_STEP_FREE_ACCESS", "place": "Side door of the library", "description": "Three steps.",
                 "latitude": 46.2071, "longitude": 6.1401, "email": "%s"}""".formatted(address)).status());
        assertEquals(202, anonymous().post("api/erasure-requests", "{\"email\":\"" + address + "\"}").status());
        var mail = TestMail.awaitMessage(address, "erase", Duration.ofSeconds(60)).orElseThrow(() -> new AssertionError("no erasure link"));
        String link = mail.body().substring(mail.body().indexOf("erase.html#")).split("\\s")[0];
        try (var browser = browser()) {
            browser.open(link);
            browser.waitFor(d -> d.findElement(By.id("erase-list")).isDisplayed());
            assertEquals(1, browser.all("#erase-stories input[name=story]:checked").size());
            var report = browser.find("#erase-barriers label").getText();
            assertTrue(report.contains("Side door of the library") && report.contains("Barrier report, sent on"), report);
            assertTrue(browser.find("#erase-barriers input[name=barrier]").isSelected());
            check(browser, "erase-list");
            browser.click("#erase-list button[type=submit]");
            browser.waitFor(d -> d.findElement(By.id("erase-status")).getText().contains("Erased: 2"));
        }
    }
}
