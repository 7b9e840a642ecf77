package org.coproduce.web;

import static org.coproduce.web.Pages.checkOnDesktopAndPhone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The "you said, we did" page of a service in Chromium: reached from the service page, accessible, and printable on A4. */
public interface YouSaidWeDidPageJourneys extends BrowserJourneys {

    @Test
    default void aServicesYouSaidWeDidPageShowsWhatChangedAndPrintsWithoutTheSiteFrame() throws Exception {
        var demo = new Demo(base());
        long service = demo.newServiceOfHospitalNorth();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String title = "Nobody called back " + suffix;
        var story = demo.publishedStory(service, title, "access.timeliness");
        var admin = demo.staff("admin");
        long organisation = admin.get("api/services/" + service).json().getJsonNumber("organisationId").longValue();
        String made = "We call back within a day " + suffix;
        String planned = "A text message when the clinic runs late " + suffix;
        String madeOn = LocalDate.now(ZoneOffset.UTC).minusDays(40).toString();
        var ids = new ArrayList<Long>();
        for (String change : new String[] {"\"description\":\"" + made + "\",\"status\":\"MADE\",\"madeOn\":\"" + madeOn + "\"",
            "\"description\":\"" + planned + "\",\"status\":\"PLANNED\""}) {
            var created = admin.post("api/changes", "{\"organisationId\":" + organisation + ",\"serviceIds\":[" + service
                    + "],\"themes\":[\"access.timeliness\"],\"storyIds\":[" + story.id() + "]," + change + "}");
            assertEquals(201, created.status(), created.body());
            ids.add(created.json().getJsonNumber("id").longValue());
        }
        String madeChange = "#made #change-" + ids.get(0);

        try (var browser = browser()) {
            browser.open("service.html?id=" + service);
            browser.navigate(() -> browser.click("#yousaid-link"));
            assertTrue(browser.driver.getCurrentUrl().endsWith("yousaid.html?service=" + service), browser.driver.getCurrentUrl());
            assertTrue(browser.text("h1").startsWith("You said, we did: Parking help"), browser.text("h1"));
            assertEquals(made, browser.text(madeChange + " h3"));
            assertTrue(browser.text(madeChange + " .yousaid-stories").contains(title), "the story behind the change");
            var asked = browser.driver.findElement(By.xpath("//article[@id='change-" + ids.get(0) + "']//tr[th='Asked so far']/td"));
            assertEquals("fewer than 5", asked.getText(), "small numbers suppressed for the public");
            assertEquals(planned, browser.text("#progress #change-" + ids.get(1) + " h3"));
            assertTrue(browser.text("#permalink").endsWith("yousaid.html?service=" + service), "the page names its stable address");
            checkOnDesktopAndPhone(browser, "yousaid-service");

            browser.resize(794, 1123);
            try {
                browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
                assertEquals("none", browser.script("return getComputedStyle(document.querySelector('.site-header')).display"));
                assertEquals("none", browser.script("return getComputedStyle(document.querySelector('.site-footer')).display"));
                assertEquals("none", browser.script("return getComputedStyle(document.querySelector('#print').parentElement).display"));
                String after = String.valueOf(browser.script(
                        "return getComputedStyle(document.querySelector(arguments[0]), '::after').content", madeChange + " .yousaid-stories a"));
                assertTrue(after.contains("story.html?id=" + story.id()) || after.contains("attr(href)"),
                        "a printed link shows its address: " + after);
                browser.screenshotWholePage("yousaid-service-print");
                var pdf = browser.driver.executeCdpCommand("Page.printToPDF", Map.of("preferCSSPageSize", true));
                byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
                Files.write(Browser.SCREENSHOTS.resolve("yousaid-service-print.pdf"), bytes);
                String text = new String(bytes, StandardCharsets.ISO_8859_1);
                assertEquals("%PDF-", text.substring(0, 5), "Chromium prints it (A4, from @page)");
                long pages = Pattern.compile("/Type\\s*/Page\\b(?!s)").matcher(text).results().count();
                System.out.println("yousaid.html printed: " + pages + " A4 pages, " + bytes.length + " bytes");
            } finally {
                browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
                browser.resize(1280, 1400);
            }
        }
    }
}
